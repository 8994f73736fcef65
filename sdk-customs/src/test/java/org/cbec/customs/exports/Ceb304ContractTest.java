package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb304ContractTest extends MessageTypeContract<Ceb304Message> {
    Ceb304ContractTest() {
        super(Ceb304Message.SPEC, "ceb-export-202205.xsd");
    }
}
