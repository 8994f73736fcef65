package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb511ContractTest extends MessageTypeContract<Ceb511Message> {
    Ceb511ContractTest() {
        super(Ceb511Message.SPEC, "ceb-import-202205.xsd");
    }
}
