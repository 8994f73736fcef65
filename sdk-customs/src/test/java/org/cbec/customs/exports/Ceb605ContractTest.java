package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb605ContractTest extends MessageTypeContract<Ceb605Message> {
    Ceb605ContractTest() {
        super(Ceb605Message.SPEC, "ceb-export-202205.xsd");
    }
}
