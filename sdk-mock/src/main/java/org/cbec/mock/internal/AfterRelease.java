package org.cbec.mock.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cbec.core.model.CebMessage;
import org.cbec.customs.imports.Ceb623Message;
import org.cbec.customs.imports.Ceb625Message;
import org.cbec.customs.imports.InvtCancel;
import org.cbec.customs.imports.InvtRefund;
import org.cbec.customs.imports.InvtRefundHead;
import org.cbec.customs.imports.InvtRefundList;
import org.cbec.customs.lifecycle.Cancellation;
import org.cbec.customs.lifecycle.FiledInventory;
import org.cbec.customs.lifecycle.ImportReturn;
import org.cbec.customs.lifecycle.LifecycleFinding;

/**
 * What customs does with an import cancellation (CEB623) or return (CEB625): refuse one naming an inventory it never
 * answered (-623003) or already cancelled, or breaking the rules at the time it arrives, checked by the SDK's own
 * {@link Cancellation} and {@link ImportReturn} against the mock's {@link org.cbec.customs.lifecycle.LifecycleRules}
 * (not released, over the released quantity, after the window…; -623005, -625209); once concluded (399), note it in
 * the {@link ImportInventories} and have the {@link TaxOffice} restore the buyer's quota and void the tax bill
 * (CEB818, 作废) when there was one.
 */
final class AfterRelease {

    private AfterRelease() {
    }

    static Optional<String> cancellationRefusal(Ceb623Message message, MockState state, Instant now) {
        List<String> problems = new ArrayList<>();
        for (InvtCancel c : message.invtCancels()) {
            Optional<FiledInventory> filed = known(c.invtNo(), state, now, "-623003 系统中不存在清单编号为[" + c.invtNo() + "]的清单！", problems);
            filed.ifPresent(f -> Cancellation.of(f, c.reason()).rules(state.rules()).problems(now).forEach(p ->
                    problems.add("-623005 清单的状态不符合撤单申报要求(清单编号[" + c.invtNo() + "])！" + p.message())));
        }
        return joined(problems);
    }

    static Optional<String> returnRefusal(Ceb625Message message, MockState state, Instant now) {
        List<String> problems = new ArrayList<>();
        for (InvtRefund r : message.invtRefunds()) {
            InvtRefundHead h = r.invtRefundHead();
            Optional<FiledInventory> filed = known(h.invtNo(), state, now, "退货申请单[" + h.copNo() + "]: 系统中不存在清单编号为[" + h.invtNo() + "]的清单", problems);
            filed.ifPresent(f -> ImportReturn.of(f, lines(r), h.reason()).rules(state.rules()).atCustoms(h.customsCode()).problems(now)
                    .forEach(p -> problems.add(text(h, p))));
        }
        return joined(problems);
    }

    /** After a concluded cancellation: the inventory is cancelled; its quota restored and its bill voided if it was released. */
    static List<CebMessage> cancelled(Ceb623Message message, MockState state, Instant due, LocalDateTime time) {
        List<CebMessage> out = new ArrayList<>();
        for (InvtCancel c : message.invtCancels()) {
            state.imports().cancelled(c.invtNo(), due);
            state.taxes().voidOnReturn(c.invtNo(), time).ifPresent(out::add);
        }
        return out;
    }

    /** After a concluded return: the quantities are returned, the quota restored and the bill voided. */
    static List<CebMessage> returned(Ceb625Message message, MockState state, LocalDateTime time) {
        List<CebMessage> out = new ArrayList<>();
        for (InvtRefund r : message.invtRefunds()) {
            String invtNo = r.invtRefundHead().invtNo();
            r.invtRefundList().forEach(l -> state.imports().returned(invtNo, l.gnum(), l.qty()));
            state.taxes().voidOnReturn(invtNo, time).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<FiledInventory> known(String invtNo, MockState state, Instant now, String unknown, List<String> problems) {
        Optional<FiledInventory> filed = state.imports().byInvtNo(invtNo, now);
        if (filed.isEmpty()) {
            problems.add(unknown);
        } else if (state.imports().cancelledBy(invtNo, now)) {
            problems.add("清单[" + invtNo + "]已撤销");
            return Optional.empty();
        }
        return filed;
    }

    private static List<ImportReturn.Line> lines(InvtRefund r) {
        return r.invtRefundList().stream().map(AfterRelease::line).toList();
    }

    private static ImportReturn.Line line(InvtRefundList l) {
        return new ImportReturn.Line(l.gnum(), l.qty());
    }

    private static String text(InvtRefundHead h, LifecycleFinding f) {
        String code = switch (f.rule()) {
            case RETURN_LINE_UNKNOWN -> "-625209 ";
            default -> "";
        };
        return code + "退货申请单[" + h.copNo() + "]: " + f.message();
    }

    private static Optional<String> joined(List<String> problems) {
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }
}
