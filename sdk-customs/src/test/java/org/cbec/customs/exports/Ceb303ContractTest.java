package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb303ContractTest extends MessageTypeContract<Ceb303Message> {
    Ceb303ContractTest() {
        super(Ceb303Message.SPEC, "ceb-export-202205.xsd");
    }
}
