/**
 * XML signatures of CEB messages: {@link org.cbec.core.signature.XmlSigner} signs (SM2/SM3 or RSA-SHA1) with a
 * {@code Signer} from {@link org.cbec.core.signature.Signers} (software key, USB key through the E-Port client,
 * signing server), {@link org.cbec.core.signature.XmlVerifier} verifies.
 */
package org.cbec.core.signature;
