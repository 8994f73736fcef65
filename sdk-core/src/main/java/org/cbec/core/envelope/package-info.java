/**
 * The exchange platform's envelopes: {@link org.cbec.core.envelope.DxpMsg}, {@code DxpMsgSv} and {@link
 * org.cbec.core.envelope.DxpRep}, written and read by {@link org.cbec.core.envelope.DxpEnvelopes} against the rules
 * of the 202205 envelope schema.
 */
package org.cbec.core.envelope;
