package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb507ContractTest extends MessageTypeContract<Ceb507Message> {
    Ceb507ContractTest() {
        super(Ceb507Message.SPEC, "ceb-export-202205.xsd");
    }
}
