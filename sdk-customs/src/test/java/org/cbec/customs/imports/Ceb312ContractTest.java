package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb312ContractTest extends MessageTypeContract<Ceb312Message> {
    Ceb312ContractTest() {
        super(Ceb312Message.SPEC, "ceb-import-202205.xsd");
    }
}
