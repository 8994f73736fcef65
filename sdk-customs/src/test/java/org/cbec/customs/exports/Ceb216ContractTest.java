package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb216ContractTest extends MessageTypeContract<Ceb216Message> {
    Ceb216ContractTest() {
        super(Ceb216Message.SPEC, "ceb-export-202205.xsd");
    }
}
