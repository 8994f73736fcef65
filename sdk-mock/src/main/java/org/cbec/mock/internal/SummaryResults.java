package org.cbec.mock.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cbec.core.model.CebMessage;
import org.cbec.customs.exports.Ceb701Message;
import org.cbec.customs.exports.Ceb792Message;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.exports.InventoryList;
import org.cbec.customs.exports.SummaryApply;
import org.cbec.customs.exports.SummaryApplyHead;
import org.cbec.customs.exports.SummaryApplyList;
import org.cbec.customs.exports.SummaryResult;
import org.cbec.customs.exports.SummaryResultHead;
import org.cbec.customs.exports.SummaryResultList;

/**
 * What customs does with a summary application (CEB701, 汇总申请单): refuse it when an inventory it names was not
 * received, is not released or was cancelled; else, once concluded, send the summary result (CEB792, 汇总结果单) with
 * one result per application, named by the application's guid (as in the official sample), under the {@code sumNo}
 * its CEB702 gave, listing every goods line of the summarised inventories.
 */
final class SummaryResults {

    /** {@code decState} of a new result: the official sample's value (the spec leaves the codes to customs). */
    private static final String DEC_STATE = "A";

    private SummaryResults() {
    }

    /** Why customs refuses {@code application} at {@code now}, naming each inventory that cannot be summarised. */
    static Optional<String> refusal(Ceb701Message application, InventoryBook inventories, Instant now) {
        String problems = application.summaryApplys().stream().flatMap(a -> a.summaryApplyList().stream())
                .map(SummaryApplyList::invtNo).map(n -> inventories.unsummarisable(n, now)).flatMap(Optional::stream)
                .collect(Collectors.joining("; "));
        return problems.isEmpty() ? Optional.empty() : Optional.of("汇总申请未通过: " + problems);
    }

    /** The CEB792 for a concluded {@code application}, dated {@code time}. */
    static CebMessage result(Ceb701Message application, InventoryBook inventories, LocalDateTime time) {
        Ceb792Message.Builder message = Ceb792Message.builder().guid(Declaration.newGuid()).version("1.0");
        for (SummaryApply apply : application.summaryApplys()) {
            message.addSummaryResult(result(apply, inventories, time));
        }
        return message.build();
    }

    private static SummaryResult result(SummaryApply apply, InventoryBook inventories, LocalDateTime time) {
        SummaryApplyHead h = apply.summaryApplyHead();
        List<SummaryResultList> lines = new ArrayList<>();
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        for (SummaryApplyList item : apply.summaryApplyList()) {
            Optional<Inventory> inventory = inventories.inventory(item.invtNo());
            if (inventory.isEmpty()) {
                continue; // refused before it got here; a scripted scenario may still conclude it
            }
            gross = gross.add(inventory.get().inventoryHead().grossWeight());
            net = net.add(inventory.get().inventoryHead().netWeight());
            for (InventoryList line : inventory.get().inventoryList()) {
                lines.add(SummaryResultList.builder().invtNo(item.invtNo()).logisticsNo(inventory.get().inventoryHead().logisticsNo())
                        .gseqno(lines.size() + 1).gnum(line.gnum()).gcode(line.gcode()).build());
            }
        }
        SummaryResultHead head = SummaryResultHead.builder().guid(h.guid()).customsCode(h.customsCode())
                .sumNo(ReturnedFiling.number('S', h.customsCode(), h.guid())).opDate(time)
                .declSeqNo(ReturnedFiling.number('D', h.customsCode(), h.guid())).decState(DEC_STATE)
                .agentCode(h.agentCode()).agentName(h.agentName()).ebcCode(h.ebcCode()).ebcName(h.ebcName())
                .declAgentCode(h.declAgentCode()).declAgentName(h.declAgentName()).grossWeight(gross).netWeight(net)
                .msgCount(h.msgCount()).msgSeqNo(h.msgSeqNo()).build();
        return SummaryResult.builder().summaryResultHead(head).summaryResultList(lines).build();
    }
}
