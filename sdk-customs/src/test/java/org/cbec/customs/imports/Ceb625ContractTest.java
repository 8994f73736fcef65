package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb625ContractTest extends MessageTypeContract<Ceb625Message> {
    Ceb625ContractTest() {
        super(Ceb625Message.SPEC, "ceb-import-202205.xsd");
    }
}
