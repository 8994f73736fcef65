/**
 * The "179" payment raw data interface (customs announcement 2018 No. 179) in one place: {@link
 * org.cbec.pay179.Pay179Responder} answers customs' request on the platform's {@code platDataOpen} endpoint and
 * uploads the data a {@link org.cbec.pay179.PaymentDataSource} finds, signed by {@link
 * org.cbec.pay179.Pay179Signature}.
 */
package org.cbec.pay179;
