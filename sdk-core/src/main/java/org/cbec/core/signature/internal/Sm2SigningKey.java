package org.cbec.core.signature.internal;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.RandomDSAKCalculator;
import org.bouncycastle.util.BigIntegers;

/**
 * An SM2 private key signing SM2-with-SM3 (GM/T 0003.2, the default user id of GM/T 0009) on one thread, the same
 * computation as Bouncy Castle's {@code SM2Signer} with two things done once per key instead of once per signature:
 * {@code Z} and {@code (1 + d)^-1 mod n} (Bouncy Castle recomputes the inverse for every signature). The nonce is
 * Bouncy Castle's {@link RandomDSAKCalculator} over the caller's random source; {@code k·G} is
 * {@link Sm2BaseMultiplier}'s constant-time comb. Not thread-safe (its random source and digest): one per thread.
 */
public final class Sm2SigningKey {

    private static final BigInteger N = Sm2.DOMAIN.getN();
    private static final Sm2BaseMultiplier BASE = new Sm2BaseMultiplier();

    private final BigInteger d;
    private final BigInteger dPlus1Inverse;
    private final byte[] z;
    private final RandomDSAKCalculator nonces = new RandomDSAKCalculator();

    /** The key {@code d} in [1, n-2], drawing its nonces from {@code random}. */
    public Sm2SigningKey(BigInteger d, SecureRandom random) {
        if (d.signum() <= 0 || d.compareTo(N.subtract(BigInteger.ONE)) >= 0) {
            throw new IllegalArgumentException("an SM2 private key lies in [1, n-2]");
        }
        this.d = d;
        this.dPlus1Inverse = BigIntegers.modOddInverse(N, d.add(BigInteger.ONE));
        this.z = Sm2.z(BASE.multiply(Sm2.DOMAIN.getG(), d).normalize());
        nonces.init(N, random);
    }

    /** The 64-byte r‖s signature of {@code data}. */
    public byte[] sign(byte[] data) {
        BigInteger e = Sm2.e(z, data);
        BigInteger r;
        BigInteger s;
        do {
            BigInteger k;
            do {
                k = nonces.nextK();
                BigInteger x1 = BASE.multiply(Sm2.DOMAIN.getG(), k).normalize().getAffineXCoord().toBigInteger();
                r = e.add(x1).mod(N);
            } while (r.signum() == 0 || r.add(k).equals(N));
            s = dPlus1Inverse.multiply(k.subtract(r.multiply(d))).mod(N);
        } while (s.signum() == 0);
        return PlainDSAEncoding.INSTANCE.encode(N, r, s);
    }
}
