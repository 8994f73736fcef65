package org.cbec.tax.spi;

class InMemoryQuotaLedgerTest extends AnnualQuotaLedgerContractTest {

    @Override
    protected AnnualQuotaLedger newLedger() {
        return AnnualQuotaLedger.inMemory();
    }
}
