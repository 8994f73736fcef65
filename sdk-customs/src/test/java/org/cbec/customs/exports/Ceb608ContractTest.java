package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb608ContractTest extends MessageTypeContract<Ceb608Message> {
    Ceb608ContractTest() {
        super(Ceb608Message.SPEC, "ceb-export-202205.xsd");
    }
}
