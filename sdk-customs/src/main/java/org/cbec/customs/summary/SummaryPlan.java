package org.cbec.customs.summary;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.exports.Ceb701Message;
import org.cbec.customs.exports.SummaryApply;

/**
 * What {@link SummaryDeclaration} made of a set of inventories: the groups, each a future summary application, and the
 * inventories it could not group. Every inventory given is in exactly one of the two.
 *
 * <pre>{@code
 * List<Ceb701Message> messages = plan.toMessages(applicant, transfer, "SUM202611", appTime);
 * }</pre>
 *
 * @param groups    the groups, in order of their first inventory
 * @param ungrouped the inventories left out, in the order given, with the reason
 */
public record SummaryPlan(List<SummaryGroup> groups, List<Ungrouped> ungrouped) {

    /** Summary applications per CEB701 message (the schema's maximum). */
    public static final int APPLICATIONS_PER_MESSAGE = 100;

    /**
     * Every group as a summary application, packed into as few CEB701 messages as the schema allows.
     *
     * @param copNoPrefix the applications' enterprise numbers are this prefix, a dash and the group's position from 1
     *                    (together at most 30 characters)
     * @param appTime     the time of filing
     */
    public List<Ceb701Message> toMessages(SummaryGroup.Applicant applicant, BaseTransfer transfer, String copNoPrefix, LocalDateTime appTime) {
        List<SummaryApply> applications = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            applications.add(groups.get(i).toSummaryApply(applicant, copNoPrefix + "-" + (i + 1), appTime));
        }
        List<Ceb701Message> messages = new ArrayList<>();
        for (int from = 0; from < applications.size(); from += APPLICATIONS_PER_MESSAGE) {
            messages.add(Ceb701Message.builder()
                    .guid(UUID.randomUUID().toString().toUpperCase(Locale.ROOT))
                    .summaryApplys(applications.subList(from, Math.min(from + APPLICATIONS_PER_MESSAGE, applications.size())))
                    .baseTransfer(transfer)
                    .build());
        }
        return messages;
    }
}
