package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb711ContractTest extends MessageTypeContract<Ceb711Message> {
    Ceb711ContractTest() {
        super(Ceb711Message.SPEC, "ceb-import-202205.xsd");
    }
}
