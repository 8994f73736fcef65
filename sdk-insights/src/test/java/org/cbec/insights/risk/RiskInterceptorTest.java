package org.cbec.insights.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.cbec.client.MessageInterceptor;
import org.cbec.client.ReceiptEvent;
import org.cbec.client.Submission;
import org.cbec.client.SubmissionVetoedException;
import org.cbec.client.status.Status;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.insights.CbecInsights;
import org.cbec.insights.Filings;
import org.cbec.insights.facts.PartyKeys;
import org.junit.jupiter.api.Test;

/** The risk rules on submit: warnings pass and are told, a blocking rule vetoes, a repeated guid is not counted twice. */
class RiskInterceptorTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 6, 1, 9, 0);
    private static final String BUYER = "110101199003070001";

    private final PartyKeys keys = PartyKeys.random();
    private final List<String> stored = new ArrayList<>();
    private int n;

    private Ceb621Message inventory(LocalDateTime at) {
        return Filings.inventory(++n).buyer(BUYER).phone("13900000001").address("地址1").at(at).price("2000.00").gcode("3304990099").build();
    }

    /** Runs {@code interceptor} around a stand-in for the client's stages: stores the guid unless it was stored. */
    private CompletionStage<Submission> submit(MessageInterceptor interceptor, CebMessage message) {
        return interceptor.intercept(new MessageInterceptor.Chain() {
            @Override
            public CebMessage message() {
                return message;
            }

            @Override
            public CompletionStage<Submission> proceed(CebMessage m) {
                boolean repeat = stored.contains(m.guid());
                if (!repeat) {
                    stored.add(m.guid());
                }
                return CompletableFuture.completedFuture(submission(m.guid(), repeat));
            }
        });
    }

    private static Submission submission(String guid, boolean repeat) {
        return new Submission() {
            public String guid() { return guid; }
            public String messageType() { return "CEB621Message"; }
            public Instant submittedAt() { return Instant.EPOCH; }
            public boolean alreadySubmitted() { return repeat; }
            public Status status() { return Status.QUEUED; }
            public Status await(Status target, java.time.Duration timeout) { return Status.QUEUED; }
            public List<ReceiptEvent> receipts() { return List.of(); }
        };
    }

    private RiskInterceptor interceptor(RiskConfig config, List<RiskAlert> told) {
        RiskEngine engine = CbecInsights.builder().risk(config).build().riskEngine();
        return new RiskInterceptor(engine, keys, Clock.fixed(CustomsTime.toInstant(T.plusHours(6)), CustomsTime.ZONE), told::add);
    }

    @Test
    void splitOrderIsAWarningThatLetsTheFilingThroughByDefault() {
        List<RiskAlert> told = new ArrayList<>();
        RiskInterceptor risk = interceptor(RiskConfig.defaults(), told);
        submit(risk, inventory(T));
        submit(risk, inventory(T.plusHours(2)));
        assertThat(told).isEmpty();

        Ceb621Message third = inventory(T.plusHours(5));
        assertThat(submit(risk, third).toCompletableFuture().join().guid()).isEqualTo(third.guid());

        assertThat(told).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo(RiskRule.SPLIT_ORDER);
            assertThat(a.blocks()).isFalse();
            assertThat(a.subject()).doesNotContain(BUYER);
        });
        assertThat(stored).hasSize(3);
    }

    @Test
    void aRuleConfiguredToBlockVetoesTheFilingBeforeItIsStored() {
        List<RiskAlert> told = new ArrayList<>();
        RiskInterceptor risk = interceptor(RiskConfig.builder().blocking(RiskRule.SPLIT_ORDER).build(), told);
        submit(risk, inventory(T));
        submit(risk, inventory(T.plusHours(2)));
        Ceb621Message third = inventory(T.plusHours(5));

        assertThatThrownBy(() -> submit(risk, third)).isInstanceOfSatisfying(SubmissionVetoedException.class, e -> {
            assertThat(e.code()).isEqualTo("SUBMIT_VETOED");
            assertThat(e.getMessage()).contains("RISK-01 SPLIT_ORDER").doesNotContain(BUYER);
        });
        assertThat(stored).doesNotContain(third.guid());
        assertThat(told).singleElement().satisfies(a -> assertThat(a.blocks()).isTrue());
    }

    @Test
    void aRepeatedSubmissionIsNotObservedTwice() {
        List<RiskAlert> told = new ArrayList<>();
        RiskInterceptor risk = interceptor(RiskConfig.defaults(), told);
        Ceb621Message first = inventory(T);
        submit(risk, first);
        submit(risk, first);
        submit(risk, first);

        submit(risk, inventory(T.plusHours(1)));

        assertThat(told).as("two orders, not four: the repeats were the same filing").isEmpty();
    }
}
