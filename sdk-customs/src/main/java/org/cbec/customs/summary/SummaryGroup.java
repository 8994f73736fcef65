package org.cbec.customs.summary;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.SummaryFlag;
import org.cbec.customs.exports.SummaryApply;
import org.cbec.customs.exports.SummaryApplyHead;
import org.cbec.customs.exports.SummaryApplyList;

/**
 * Inventories that go into one summary application (汇总申请单, CEB701) and so become one customs declaration, with
 * the items that declaration will have.
 *
 * <pre>{@code
 * SummaryApply apply = group.toSummaryApply(applicant, "SUM202611-001", LocalDateTime.now(clock));
 * group.key().deadline(); // file by then
 * }</pre>
 *
 * @param key         what the inventories share
 * @param flag        how the consignor side was summarised
 * @param byItemName  whether items are split by item name too
 * @param ebcName     the consignor's name, from the first inventory
 * @param inventories the inventories, in the order given
 * @param items       the declaration's items with the totals of their lines, in order of first appearance
 */
public record SummaryGroup(SummaryKey key, SummaryFlag flag, boolean byItemName, String ebcName, List<ReleasedInventory> inventories,
                           Map<ItemKey, ItemTotal> items) {

    /** Who files the application and who declares the resulting customs declaration. */
    public record Applicant(String agentCode, String agentName, String declAgentCode, String declAgentName) {
    }

    /** The inventory numbers, as the application lists them. */
    public List<String> invtNos() {
        return inventories.stream().map(ReleasedInventory::invtNo).toList();
    }

    /**
     * This group as one summary application node, to be declared ({@code appType} 1, {@code appStatus} 2, not split
     * into several messages).
     *
     * @param copNo   the enterprise's unique number of the application (企业唯一编号, up to 30 characters)
     * @param appTime the time of filing
     */
    public SummaryApply toSummaryApply(Applicant applicant, String copNo, LocalDateTime appTime) {
        SummaryApplyHead head = SummaryApplyHead.builder()
                .guid(UUID.randomUUID().toString().toUpperCase(Locale.ROOT))
                .appType(AppType.ADD)
                .appTime(appTime)
                .appStatus(AppStatus.DECLARE)
                .customsCode(key.customsCode())
                .copNo(copNo)
                .agentCode(applicant.agentCode())
                .agentName(applicant.agentName())
                .ebcCode(key.ebcCode())
                .ebcName(ebcName)
                .declAgentCode(applicant.declAgentCode())
                .declAgentName(applicant.declAgentName())
                .loctNo(key.loctNo())
                .summaryFlag(flag)
                .itemNameFlag(byItemName ? SummaryDeclaration.BY_ITEM_NAME : SummaryDeclaration.BY_CLASSIFICATION)
                .msgCount(1)
                .msgSeqNo(1)
                .build();
        return SummaryApply.builder()
                .summaryApplyHead(head)
                .summaryApplyList(invtNos().stream().map(n -> SummaryApplyList.builder().invtNo(n).build()).toList())
                .build();
    }
}
