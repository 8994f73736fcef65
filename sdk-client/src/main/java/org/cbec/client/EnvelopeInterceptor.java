package org.cbec.client;

/**
 * A network-level interceptor (as OkHttp's {@code addNetworkInterceptor}): it sees the signed bytes and the
 * {@code DxpMsg} envelope of every message, typed or submitted already signed, after signing and wrapping and before
 * the message is stored and sent, once per message (every retry sends the same stored bytes, so what it sees is what
 * the exchange platform receives). For audit and archive; it may replace the envelope
 * ({@link PreparedMessage#withEnvelope}) or veto by throwing (nothing is stored).
 *
 * <p>Envelope interceptors run in the order added, the first outermost, inside the {@link MessageInterceptor}s' chain.
 *
 * <pre>{@code
 * builder.addEnvelopeInterceptor(chain -> {
 *     PreparedMessage m = chain.message();
 *     audit.log(m.messageType(), m.guid(), sha256(m.envelope()));   // never the content: it holds personal data
 *     return chain.proceed(m);
 * });
 * }</pre>
 */
@FunctionalInterface
public interface EnvelopeInterceptor {

    /**
     * Intercepts one prepared message.
     *
     * @return what {@code chain.proceed} returned, or the message to store in its place
     */
    PreparedMessage intercept(Chain chain);

    /** The rest of the chain. */
    interface Chain {

        /** The message as the previous interceptor passed it on. */
        PreparedMessage message();

        /** Runs the next interceptors; returns the message that will be stored and sent. */
        PreparedMessage proceed(PreparedMessage message);
    }
}
