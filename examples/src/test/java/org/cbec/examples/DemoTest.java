package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README demo files a whole import parcel end to end against the embedded mock: all four released, tax bill received. */
@Timeout(60)
class DemoTest {

    @Test
    void filesAWholeParcelUpToReleaseAndItsTaxBill() throws Exception {
        String printed = Printed.stdout(() -> Demo.main(new String[0]));
        assertThat(printed).contains("THROWAWAY SM2 TEST KEY", "CEB311Message -> SENT", "CEB621Message -> RELEASED  (800 放行)",
                "CEB816 tax bill", "== parcel released");
    }
}
