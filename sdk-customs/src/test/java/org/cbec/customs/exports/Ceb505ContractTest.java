package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb505ContractTest extends MessageTypeContract<Ceb505Message> {
    Ceb505ContractTest() {
        super(Ceb505Message.SPEC, "ceb-export-202205.xsd");
    }
}
