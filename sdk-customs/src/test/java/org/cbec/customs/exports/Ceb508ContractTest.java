package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb508ContractTest extends MessageTypeContract<Ceb508Message> {
    Ceb508ContractTest() {
        super(Ceb508Message.SPEC, "ceb-export-202205.xsd");
    }
}
