package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb411ContractTest extends MessageTypeContract<Ceb411Message> {
    Ceb411ContractTest() {
        super(Ceb411Message.SPEC, "ceb-import-202205.xsd");
    }
}
