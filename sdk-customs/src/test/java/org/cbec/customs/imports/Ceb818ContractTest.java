package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb818ContractTest extends MessageTypeContract<Ceb818Message> {
    Ceb818ContractTest() {
        super(Ceb818Message.SPEC, "ceb-import-202205.xsd");
    }
}
