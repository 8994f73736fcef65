package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb506ContractTest extends MessageTypeContract<Ceb506Message> {
    Ceb506ContractTest() {
        super(Ceb506Message.SPEC, "ceb-export-202205.xsd");
    }
}
