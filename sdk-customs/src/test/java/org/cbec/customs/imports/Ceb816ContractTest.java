package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb816ContractTest extends MessageTypeContract<Ceb816Message> {
    Ceb816ContractTest() {
        super(Ceb816Message.SPEC, "ceb-import-202205.xsd");
    }
}
