package org.cbec.customs.imports;

import org.cbec.core.testing.MessageTypeContract;

class Ceb512ContractTest extends MessageTypeContract<Ceb512Message> {
    Ceb512ContractTest() {
        super(Ceb512Message.SPEC, "ceb-import-202205.xsd");
    }
}
