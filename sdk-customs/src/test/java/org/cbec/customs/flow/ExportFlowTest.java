package org.cbec.customs.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cbec.core.model.MessageSpec;
import org.cbec.customs.codes.ExportOrderType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ExportFlowTest {

    @ParameterizedTest
    @EnumSource(ExportMode.class)
    void everyModeFilesOrderReceiptWaybillInventoryArrivalDepartureSummaryEachWaitingForItsReceipt(ExportMode mode) {
        ExportFlow flow = ExportFlow.of(mode);

        assertThat(flow.steps()).extracting(ExportStep::messageType)
                .containsExactly("CEB303", "CEB403", "CEB505", "CEB603", "CEB507", "CEB509", "CEB701");
        assertThat(flow.steps()).extracting(s -> s.receipts().stream().map(MessageSpec::messageType).toList())
                .containsExactly(List.of("CEB304"), List.of("CEB404"), List.of("CEB506"), List.of("CEB604"), List.of("CEB508"),
                        List.of("CEB510"), List.of("CEB702", "CEB792"));
        assertThat(flow.steps()).allSatisfy(s -> assertThat(s.message().direction()).isEqualTo(MessageSpec.Direction.EXPORT));
    }

    @Test
    void nextStepAndAwaitedReceiptsAreLookedUpByMessageType() {
        ExportFlow flow = ExportFlow.of(ExportMode.B2C_9610);

        assertThat(flow.next("CEB603")).map(ExportStep::messageType).contains("CEB507");
        assertThat(flow.next("CEB701")).isEmpty();
        assertThat(flow.next("CEB311")).isEmpty();
        assertThat(flow.step("CEB507")).map(ExportStep::sender).contains(ExportStep.Sender.YARD_OPERATOR);
        assertThat(flow.awaited("CEB505")).extracting(MessageSpec::messageType).containsExactly("CEB506");
        assertThat(flow.awaited("CEB311")).isEmpty();
    }

    @Test
    void modeSetsTradeModeAndOrderType() {
        assertThat(ExportMode.ofTradeMode("9610").orderType()).isEqualTo(ExportOrderType.B2C);
        assertThat(ExportMode.ofTradeMode("9710").orderType()).isEqualTo(ExportOrderType.B2B);
        assertThat(ExportMode.ofTradeMode("9810").orderType()).isEqualTo(ExportOrderType.OVERSEAS_WAREHOUSE);
        assertThatThrownBy(() -> ExportMode.ofTradeMode("0110")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0110");
    }
}
