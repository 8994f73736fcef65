package org.cbec.customs.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.core.model.MessageSpec;
import org.junit.jupiter.api.Test;

class ImportFlowTest {

    @Test
    void directPurchaseFilesOrderPaymentWaybillInventoryEachWaitingForItsReceipt() {
        ImportFlow flow = ImportFlow.of(ImportMode.RETAIL_9610);

        assertThat(flow.steps()).extracting(ImportStep::messageType).containsExactly("CEB311", "CEB411", "CEB511", "CEB621");
        assertThat(flow.steps()).extracting(ImportStep::sender)
                .containsExactly(Party.PLATFORM, Party.PAYMENT, Party.LOGISTICS, Party.DECLARING_AGENT);
        assertThat(flow.awaited("CEB621")).extracting(MessageSpec::messageType).containsExactly("CEB622", "CEB816", "CEB818");
        assertThat(flow.next("CEB511")).map(ImportStep::messageType).contains("CEB621");
        assertThat(flow.next("CEB621")).isEmpty();
    }

    @Test
    void bondedModesBringTheStockInWithInboundDetailsFirst() {
        for (ImportMode mode : new ImportMode[] {ImportMode.BONDED_1210, ImportMode.BONDED_1239}) {
            ImportFlow flow = ImportFlow.of(mode);
            assertThat(flow.steps()).extracting(ImportStep::messageType).containsExactly("CEB711", "CEB311", "CEB411", "CEB511", "CEB621");
            assertThat(flow.awaited("CEB711")).extracting(MessageSpec::messageType).containsExactly("CEB712");
        }
        assertThat(ImportMode.ofTradeMode("1239")).isEqualTo(ImportMode.BONDED_1239);
        assertThat(ImportMode.RETAIL_9610.bonded()).isFalse();
    }

    @Test
    void inventoryMayBeCancelledReturnedChangedOrDeletedAndTheWaybillGetsItsLogisticsStatus() {
        ImportFlow flow = ImportFlow.of(ImportMode.RETAIL_9610);

        assertThat(flow.branches("CEB621")).extracting(FlowBranch::kind).containsExactly(FlowBranch.Kind.CANCEL, FlowBranch.Kind.RETURN,
                FlowBranch.Kind.CHANGE, FlowBranch.Kind.DELETE);
        assertThat(flow.branches("CEB511")).extracting(FlowBranch::messageType).containsExactly("CEB513", "*", "*");
        assertThat(flow.awaited("CEB625")).extracting(MessageSpec::messageType).containsExactly("CEB626");
        assertThat(flow.awaited("CEB623")).extracting(MessageSpec::messageType).containsExactly("CEB624");
        assertThat(flow.branches("CEB999")).isEmpty();
    }

    @Test
    void exportReturnAndItsTallyAreBranchesOfTheExportFlow() {
        ExportFlow flow = ExportFlow.of(ExportMode.OVERSEAS_WAREHOUSE_9810);

        assertThat(flow.branches("CEB603")).extracting(FlowBranch::messageType).containsExactly("CEB605", "CEB607", "CEB213", "*", "*");
        assertThat(flow.branches("CEB213")).extracting(FlowBranch::messageType).containsExactly("CEB215", "*", "*");
        assertThat(flow.awaited("CEB213")).extracting(MessageSpec::messageType).containsExactly("CEB214");
        assertThat(flow.awaited("CEB215")).extracting(MessageSpec::messageType).containsExactly("CEB216");
        assertThat(flow.branch(FlowBranch.Kind.RETURN_TALLY)).map(FlowBranch::sender).contains(Party.YARD_OPERATOR);
    }
}
