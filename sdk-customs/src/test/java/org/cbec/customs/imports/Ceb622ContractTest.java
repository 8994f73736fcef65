package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb622ContractTest extends MessageTypeContract<Ceb622Message> {
    Ceb622ContractTest() {
        super(Ceb622Message.SPEC, "ceb-import-202205.xsd");
    }
}
