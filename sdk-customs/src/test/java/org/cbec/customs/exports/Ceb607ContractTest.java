package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb607ContractTest extends MessageTypeContract<Ceb607Message> {
    Ceb607ContractTest() {
        super(Ceb607Message.SPEC, "ceb-export-202205.xsd");
    }
}
