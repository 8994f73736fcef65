package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb213ContractTest extends MessageTypeContract<Ceb213Message> {
    Ceb213ContractTest() {
        super(Ceb213Message.SPEC, "ceb-export-202205.xsd");
    }
}
