package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb513ContractTest extends MessageTypeContract<Ceb513Message> {
    Ceb513ContractTest() {
        super(Ceb513Message.SPEC, "ceb-import-202205.xsd");
    }
}
