package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb604ContractTest extends MessageTypeContract<Ceb604Message> {
    Ceb604ContractTest() {
        super(Ceb604Message.SPEC, "ceb-export-202205.xsd");
    }
}
