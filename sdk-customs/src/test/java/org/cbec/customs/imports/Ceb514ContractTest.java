package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb514ContractTest extends MessageTypeContract<Ceb514Message> {
    Ceb514ContractTest() {
        super(Ceb514Message.SPEC, "ceb-import-202205.xsd");
    }
}
