package org.cbec.core.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.junit.jupiter.api.Test;

/** The SDK's SM2 signing key (Z and (1 + d)^-1 once per key, k·G on the SDK's comb) against a plain Bouncy Castle verifier. */
class Sm2SigningKeyTest {

    private static final BigInteger N = Sm2.DOMAIN.getN();

    /** Keys in [1, n-2]; jqwik mixes in the edges. */
    @Provide
    Arbitrary<BigInteger> keys() {
        return Arbitraries.bigIntegers().between(BigInteger.ONE, N.subtract(BigInteger.TWO));
    }

    @Property(tries = 60)
    void itsSignaturesVerifyWithAPlainBouncyCastleSignerAndNotOverChangedData(@ForAll("keys") BigInteger d,
            @ForAll @Size(max = 900) byte[] data) {
        Sm2SigningKey key = new Sm2SigningKey(d, new SecureRandom());
        SM2Signer plain = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
        plain.init(false, new ParametersWithID(new ECPublicKeyParameters(
                new FixedPointCombMultiplier().multiply(Sm2.DOMAIN.getG(), d).normalize(), Sm2.DOMAIN), Sm2.USER_ID));
        byte[] changed = data.length == 0 ? new byte[] {1} : data.clone();
        changed[0] ^= 1;
        for (int i = 0; i < 2; i++) { // the second signature reuses the key's Z and inverse with a fresh k
            byte[] signature = key.sign(data);
            assertThat(signature).hasSize(Sm2.SIGNATURE_LENGTH);
            plain.update(data, 0, data.length);
            assertThat(plain.verifySignature(signature)).as("signature %d", i).isTrue();
            plain.update(changed, 0, changed.length);
            assertThat(plain.verifySignature(signature)).as("signature %d over changed data", i).isFalse();
        }
    }

    @Test
    void aKeyOutsideOneToNMinusTwoIsRefused() {
        for (BigInteger d : new BigInteger[] {BigInteger.ZERO, N.subtract(BigInteger.ONE), N, BigInteger.ONE.negate()}) {
            assertThatThrownBy(() -> new Sm2SigningKey(d, new SecureRandom())).as("d = %s", d)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, n-2]");
        }
    }
}
