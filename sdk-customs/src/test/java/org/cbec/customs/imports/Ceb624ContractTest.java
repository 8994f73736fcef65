package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb624ContractTest extends MessageTypeContract<Ceb624Message> {
    Ceb624ContractTest() {
        super(Ceb624Message.SPEC, "ceb-import-202205.xsd");
    }
}
