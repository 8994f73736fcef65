package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb621ContractTest extends MessageTypeContract<Ceb621Message> {
    Ceb621ContractTest() {
        super(Ceb621Message.SPEC, "ceb-import-202205.xsd");
    }
}
