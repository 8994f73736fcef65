package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb712ContractTest extends MessageTypeContract<Ceb712Message> {
    Ceb712ContractTest() {
        super(Ceb712Message.SPEC, "ceb-import-202205.xsd");
    }
}
