package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.math.ec.custom.gm.SM2P256V1Curve;
import org.cbec.core.signature.internal.Sm2;
import org.junit.jupiter.api.Test;

class Sm2CurveTest {

    @Test
    void sm2RunsOnBouncyCastlesOptimisedCurve() {
        assertThat(Sm2.curve()).isInstanceOf(SM2P256V1Curve.class);
        assertThat(Sm2.DOMAIN.getG().getCurve()).isInstanceOf(SM2P256V1Curve.class);
    }

    @Test
    void certificatePublicKeysAreDecodedOntoTheOptimisedCurve() {
        assertThat(Sm2.publicKey(TestKeys.sm2().certificate()).getQ().getCurve()).isInstanceOf(SM2P256V1Curve.class);
    }
}
