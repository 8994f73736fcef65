package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb311ContractTest extends MessageTypeContract<Ceb311Message> {
    Ceb311ContractTest() {
        super(Ceb311Message.SPEC, "ceb-import-202205.xsd");
    }
}
