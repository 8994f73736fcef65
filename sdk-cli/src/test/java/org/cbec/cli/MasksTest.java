package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void idAndMobileNumbersInFreeTextAreMaskedAsTheSdkMasksFields() {
        assertThat(Masks.text("订购人证件号码[11010119900307451X]与电话13522652231不符"))
                .isEqualTo("订购人证件号码[110***********451X]与电话135****2231不符");
    }

    @Test
    void otherNumbersAndNullAreLeftAlone() {
        assertThat(Masks.text("guid B1F2A0C3-0000-4000-8000-000000000001 returnStatus 800 at 20261123140501000"))
                .isEqualTo("guid B1F2A0C3-0000-4000-8000-000000000001 returnStatus 800 at 20261123140501000");
        assertThat(Masks.text(null)).isNull();
    }
}
