/**
 * The signing seam: {@link org.cbec.core.signature.spi.Signer} (a key that signs bytes) and its {@link
 * org.cbec.core.signature.spi.SignatureValue}.
 */
package org.cbec.core.signature.spi;
