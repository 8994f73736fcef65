package org.cbec.client;

import java.util.concurrent.CompletionStage;

import org.cbec.core.model.CebMessage;

/**
 * An application-level interceptor (as OkHttp's {@code addInterceptor}): it sees the typed message before it is
 * validated and signed, once per {@link CebClient#submit submit}, {@link CebClient#submitAll submitAll} element or
 * {@link CebClient#submitAsync submitAsync}, and the durable outcome after. It may stamp fields (return
 * {@code chain.proceed(changed)}), veto the filing (throw, e.g. {@link SubmissionVetoedException}: nothing is signed or
 * stored) or observe the outcome ({@code chain.proceed(m).thenApply(...)}). Messages submitted already signed
 * ({@link CebClient#submitSigned}) have no typed form and pass only the {@link EnvelopeInterceptor}s.
 *
 * <p>Interceptors run in the order added, the first outermost: {@code builder.addInterceptor(a).addInterceptor(b)} runs
 * a, whose {@code proceed} runs b, whose {@code proceed} validates, signs and wraps the message (through the envelope
 * interceptors) and hands it to the outbox. {@code proceed} returns a stage completed at the durable commit (several
 * messages share one commit), so an interceptor must not block on it: {@link CebClient#submitAll} stores its messages
 * only after every one of them went through the chain.
 *
 * <pre>{@code
 * // stamp: every order names the platform's own code
 * builder.addInterceptor(chain -> chain.proceed(stampPlatform((Ceb311Message) chain.message())));
 * // veto: no inventory for a blocked seller is filed
 * builder.addInterceptor(chain -> {
 *     if (blocked(chain.message())) throw new SubmissionVetoedException(chain.message().guid(), "seller blocked");
 *     return chain.proceed(chain.message());
 * });
 * // observe: count what was stored (not duplicates)
 * builder.addInterceptor(chain -> chain.proceed(chain.message())
 *         .thenApply(s -> { if (!s.alreadySubmitted()) filed.increment(); return s; }));
 * }</pre>
 */
@FunctionalInterface
public interface MessageInterceptor {

    /**
     * Intercepts one submission.
     *
     * @return the stage {@code chain.proceed} returned, or one derived from it
     */
    CompletionStage<Submission> intercept(Chain chain);

    /** The rest of the chain. */
    interface Chain {

        /** The message as the previous interceptor passed it on. */
        CebMessage message();

        /**
         * Runs the rest: the next interceptors, then validation, signing, wrapping, the envelope interceptors and the
         * outbox. Validation and signing happen before this returns (a {@link org.cbec.core.validation.ValidationException}
         * is thrown here); the stage completes once the message is durable, or exceptionally (e.g.
         * {@link GuidConflictException}).
         */
        CompletionStage<Submission> proceed(CebMessage message);
    }
}
