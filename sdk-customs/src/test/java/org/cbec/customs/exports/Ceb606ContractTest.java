package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb606ContractTest extends MessageTypeContract<Ceb606Message> {
    Ceb606ContractTest() {
        super(Ceb606Message.SPEC, "ceb-export-202205.xsd");
    }
}
