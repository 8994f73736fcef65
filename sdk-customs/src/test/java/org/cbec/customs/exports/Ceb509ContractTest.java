package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb509ContractTest extends MessageTypeContract<Ceb509Message> {
    Ceb509ContractTest() {
        super(Ceb509Message.SPEC, "ceb-export-202205.xsd");
    }
}
