package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb412ContractTest extends MessageTypeContract<Ceb412Message> {
    Ceb412ContractTest() {
        super(Ceb412Message.SPEC, "ceb-import-202205.xsd");
    }
}
