package org.cbec.tax.spi;

import org.cbec.tax.AnnualQuotaLedgers;

class InMemoryQuotaLedgerTest extends AnnualQuotaLedgerContractTest {

    @Override
    protected AnnualQuotaLedger newLedger() {
        return AnnualQuotaLedgers.inMemory();
    }
}
