package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb792ContractTest extends MessageTypeContract<Ceb792Message> {
    Ceb792ContractTest() {
        super(Ceb792Message.SPEC, "ceb-export-202205.xsd");
    }
}
