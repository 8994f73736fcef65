package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb214ContractTest extends MessageTypeContract<Ceb214Message> {
    Ceb214ContractTest() {
        super(Ceb214Message.SPEC, "ceb-export-202205.xsd");
    }
}
