package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb215ContractTest extends MessageTypeContract<Ceb215Message> {
    Ceb215ContractTest() {
        super(Ceb215Message.SPEC, "ceb-export-202205.xsd");
    }
}
