package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb702ContractTest extends MessageTypeContract<Ceb702Message> {
    Ceb702ContractTest() {
        super(Ceb702Message.SPEC, "ceb-export-202205.xsd");
    }
}
