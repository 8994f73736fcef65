package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb900ContractTest extends MessageTypeContract<Ceb900Message> {
    Ceb900ContractTest() {
        super(Ceb900Message.SPEC, "ceb-import-202205.xsd");
    }
}
