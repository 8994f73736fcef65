package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The FX example converts, writes the records masked when logged, and finds the one short payment of its batch. */
class FxReconcileTest {

    @Test
    void findsTheShortPaymentAndMasksTheLoggedRecords() throws Exception {
        String printed = Printed.stdout(() -> FxReconcile.main(new String[0]));
        String logged = printed.substring(printed.indexOf("== records (as logged)"), printed.indexOf("== records (CSV export)"));
        assertThat(printed).contains("== reconciliation: 2 of 3 agree", "O-3");
        assertThat(logged).doesNotContain("110101199003074514").contains("O-1");
    }
}
