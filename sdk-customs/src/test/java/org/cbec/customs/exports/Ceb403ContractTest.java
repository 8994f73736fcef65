package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb403ContractTest extends MessageTypeContract<Ceb403Message> {
    Ceb403ContractTest() {
        super(Ceb403Message.SPEC, "ceb-export-202205.xsd");
    }
}
