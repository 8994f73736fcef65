package org.cbec.customs.exports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb510ContractTest extends MessageTypeContract<Ceb510Message> {
    Ceb510ContractTest() {
        super(Ceb510Message.SPEC, "ceb-export-202205.xsd");
    }
}
