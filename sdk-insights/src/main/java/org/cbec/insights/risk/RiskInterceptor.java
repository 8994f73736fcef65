package org.cbec.insights.risk;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.cbec.client.MessageInterceptor;
import org.cbec.client.Submission;
import org.cbec.client.SubmissionVetoedException;
import org.cbec.core.model.CebMessage;
import org.cbec.insights.facts.FilingFact;
import org.cbec.insights.facts.FilingFacts;
import org.cbec.insights.facts.PartyKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The risk rules on submit: a {@link MessageInterceptor} that assesses each typed message with a {@link RiskEngine}
 * before it is validated and signed. Alerts of rules the engine's {@link RiskConfig} lists as blocking veto the filing
 * ({@link SubmissionVetoedException}, code {@code SUBMIT_VETOED}: nothing is signed or stored); the others are
 * warnings, logged (masked, as {@link RiskAlert#toString()} is) and handed to the listener, and the filing goes on. A
 * filing the store took (not a repeat of a stored guid) is then observed by the engine, so the next ones are judged
 * against it.
 *
 * <pre>{@code
 * RiskEngine engine = CbecInsights.builder().risk(RiskConfig.builder().blocking(RiskRule.SPLIT_ORDER).build()).build().riskEngine();
 * try (Stream<FilingFact> lastYear = new StoreFactSource(store, keys).facts(FactQuery.all().from(oneYearAgo))) {
 *     lastYear.forEach(engine::observe);              // warm up with what was filed
 * }
 * CebClient client = CebClient.builder()...addInterceptor(new RiskInterceptor(engine, keys, clock, alert -> audit(alert))).build();
 * }</pre>
 */
public final class RiskInterceptor implements MessageInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RiskInterceptor.class);

    private final RiskEngine engine;
    private final PartyKeys keys;
    private final Clock clock;
    private final Consumer<RiskAlert> listener;

    /**
     * @param engine   the rules and what they remember (shared with batch use if wanted; it is thread-safe)
     * @param keys     how buyers, phones and addresses are keyed (the same as the facts the engine was warmed with)
     * @param clock    the submission time of a filing (the client's clock)
     * @param listener told of every alert, blocking or not
     */
    public RiskInterceptor(RiskEngine engine, PartyKeys keys, Clock clock, Consumer<RiskAlert> listener) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public CompletionStage<Submission> intercept(Chain chain) {
        CebMessage message = chain.message();
        List<FilingFact> facts = FilingFacts.of(message, clock.instant(), List.of(), keys);
        List<RiskAlert> alerts = facts.stream().flatMap(f -> engine.assess(f).stream()).toList();
        for (RiskAlert a : alerts) {
            LOG.warn("{} {}: {}", message.spec().messageType(), message.guid(), a);
            listener.accept(a);
        }
        List<RiskAlert> blocking = alerts.stream().filter(RiskAlert::blocks).toList();
        if (!blocking.isEmpty()) {
            throw new SubmissionVetoedException(message.guid(), "risk rule(s) "
                    + blocking.stream().map(a -> a.rule().code() + " " + a.rule()).distinct().collect(Collectors.joining(", "))
                    + ": " + blocking.get(0).detail() + " " + blocking.get(0).orders());
        }
        return chain.proceed(message).thenApply(s -> {
            if (!s.alreadySubmitted()) {
                facts.forEach(engine::observe);
            }
            return s;
        });
    }
}
