package org.cbec.mock;

import java.time.Instant;

/**
 * One upload of payment raw data the mock received on its 179 endpoint ({@link MockSingleWindow#PAY179_UPLOAD_PATH}),
 * with the answer it gave, as customs answers: {@code 10000} when the signature verified against a
 * {@link MockSingleWindow.Builder#trust registered certificate} and the {@code sessionID} named an open
 * {@link MockSingleWindow#request179 request}, else {@code 20000} with the reason. Holds no personal or account data:
 * the payer's raw request and response and the receiving account are not kept.
 *
 * <pre>{@code
 * Pay179Upload up = mock.request179(platDataOpen, "ORDER-1").awaitUpload(Duration.ofSeconds(10));
 * assertThat(up.verified()).isTrue();
 * }</pre>
 *
 * @param receivedAt       when it arrived, by the mock's clock
 * @param sessionId        its {@code sessionID}, or {@code null} when unreadable
 * @param orderNo          the first {@code payExchangeInfoLists[].orderNo}, or {@code null}
 * @param ebpCode          {@code payExchangeInfoHead.ebpCode}, or {@code null}
 * @param payTransactionId {@code payExchangeInfoHead.payTransactionId}, or {@code null}
 * @param totalAmount      {@code payExchangeInfoHead.totalAmount} as uploaded, or {@code null}
 * @param currency         {@code payExchangeInfoHead.currency}, or {@code null}
 * @param certNo           its {@code certNo}, or {@code null}
 * @param code             the answer: {@code 10000} accepted, {@code 20000} refused
 * @param message          the answer's {@code message}: empty when accepted, else the reason
 */
public record Pay179Upload(Instant receivedAt, String sessionId, String orderNo, String ebpCode, String payTransactionId,
        String totalAmount, String currency, String certNo, String code, String message) {

    /** The code of an accepted upload (and of a platform's acknowledgement of a request). */
    public static final String ACCEPTED = "10000";
    /** The code of a refused upload. */
    public static final String REFUSED = "20000";

    /** Whether the upload was accepted: signature verified, session open, order as requested. */
    public boolean verified() {
        return ACCEPTED.equals(code);
    }
}
