package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb404ContractTest extends MessageTypeContract<Ceb404Message> {
    Ceb404ContractTest() {
        super(Ceb404Message.SPEC, "ceb-export-202205.xsd");
    }
}
