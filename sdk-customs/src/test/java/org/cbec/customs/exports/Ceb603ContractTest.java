package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb603ContractTest extends MessageTypeContract<Ceb603Message> {
    Ceb603ContractTest() {
        super(Ceb603Message.SPEC, "ceb-export-202205.xsd");
    }
}
