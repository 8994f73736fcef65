package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb623ContractTest extends MessageTypeContract<Ceb623Message> {
    Ceb623ContractTest() {
        super(Ceb623Message.SPEC, "ceb-import-202205.xsd");
    }
}
