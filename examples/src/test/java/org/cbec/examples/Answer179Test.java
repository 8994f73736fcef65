package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.pay179.Pay179Responder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class Answer179Test {

    @Test
    void platformAnswersAtOnceAndCustomsVerifiesItsSignedUpload() throws Exception {

        Printed<Answer179.Outcome> run = Printed.run(Answer179::run);
        Answer179.Outcome outcome = run.outcome();

        assertThat(outcome.request().acknowledged()).isTrue();
        assertThat(outcome.upload().verified()).as(outcome.upload().message()).isTrue();
        assertThat(outcome.upload().sessionId()).isEqualTo(outcome.request().sessionId());
        assertThat(outcome.upload().totalAmount()).isEqualTo("184.70");
        assertThat(outcome.platform().result()).isEqualTo(Pay179Responder.Result.UPLOADED);
        assertThat(run.text()).contains("10000 signature verified").doesNotContain("6222000011112222");
    }
}
