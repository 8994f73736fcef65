package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb626ContractTest extends MessageTypeContract<Ceb626Message> {
    Ceb626ContractTest() {
        super(Ceb626Message.SPEC, "ceb-import-202205.xsd");
    }
}
