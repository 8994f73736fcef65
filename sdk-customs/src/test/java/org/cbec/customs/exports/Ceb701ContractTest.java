package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb701ContractTest extends MessageTypeContract<Ceb701Message> {
    Ceb701ContractTest() {
        super(Ceb701Message.SPEC, "ceb-export-202205.xsd");
    }
}
