package org.cbec.customs.receipt;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where customs has a document, finer than a client's coarse status: every {@code returnStatus} of the specification's
 * receipt tables (1 … 899) is its own value, so inspection (500), each detention (501, 502, 503, 599), suspension
 * (600), hand-over (505), re-shipment (700 退运) and closure (899 结关) stay distinct; every negative code (a
 * processing error of chapter 7) is {@link #PROCESSING_ERROR}.
 *
 * <p>Statuses are ranked, and a document's status only ever moves to a higher rank ({@link #advance}), so receipts
 * that arrive twice or out of order cannot move it back: a late 120 after 800 changes nothing, while inspected
 * (500) then released (800) is the normal order. The ranks follow the course customs takes: declared (1–3) → entered
 * (120) → manual review (300) / suspended (600) → concluded (399) → inspected (500) / handed over (505) → detained
 * (501–503, 599) → released (800) → re-shipped (700) → closed (899); a failure (4, 100, a negative code) ranks above
 * every step before a detention and below a release, so a rejection ends an open filing but never undoes a release.
 *
 * <pre>{@code
 * CustomsStatus s = CustomsStatus.of("500").orElseThrow();    // INSPECTION
 * s = s.advance(CustomsStatus.of("120").orElseThrow());       // still INSPECTION: a late 120 changes nothing
 * s = s.advance(CustomsStatus.of("800").orElseThrow());       // RELEASED
 * ReceiptTables.forMessage("CEB621").isFinal("800");           // true: the inventory's table ends there
 * }</pre>
 */
public enum CustomsStatus {
    /** 1 电子口岸已暂存: stored at the E-Port. */
    STORED("1", 10, "电子口岸已暂存", "stored at the E-Port"),
    /** 2 电子口岸申报中: being declared at the E-Port. */
    DECLARING("2", 20, "电子口岸申报中", "being declared at the E-Port"),
    /** 3 发送海关成功: sent to customs. */
    SENT_TO_CUSTOMS("3", 30, "发送海关成功", "sent to customs"),
    /** 120 海关入库: entered into the customs database. */
    ENTERED("120", 40, "海关入库", "entered into the customs database"),
    /** 300 人工审核: waiting for manual review. */
    MANUAL_REVIEW("300", 50, "人工审核", "manual review"),
    /** 600 挂起: suspended (export return receipt CEB214). */
    SUSPENDED("600", 55, "挂起", "suspended"),
    /** 399 海关审结: concluded by customs. */
    CONCLUDED("399", 60, "海关审结", "concluded by customs"),
    /** 500 查验: selected for inspection; normally followed by a release. */
    INSPECTION("500", 70, "查验", "inspection"),
    /** 505 移交: handed over (export return receipt CEB214). */
    HANDED_OVER("505", 75, "移交", "handed over"),
    /** 501 扣留移送通关: detained, handed to clearance. */
    DETAINED_CLEARANCE("501", 80, "扣留移送通关", "detained, handed to clearance"),
    /** 502 扣留移送缉私: detained, handed to anti-smuggling. */
    DETAINED_ANTI_SMUGGLING("502", 80, "扣留移送缉私", "detained, handed to anti-smuggling"),
    /** 503 扣留移送法规: detained, handed to the legal department. */
    DETAINED_LEGAL("503", 80, "扣留移送法规", "detained, handed to the legal department"),
    /** 599 其它扣留: detained, other. */
    DETAINED_OTHER("599", 80, "其它扣留", "detained, other"),
    /** 4 发送海关失败: sending to customs failed. */
    SENDING_FAILED("4", 85, "发送海关失败", "sending to customs failed"),
    /** A negative code: a processing error of the specification's chapter 7. */
    PROCESSING_ERROR("-", 86, "处理异常", "processing error"),
    /** 100 海关退单: rejected by customs. */
    REJECTED("100", 87, "海关退单", "rejected by customs"),
    /** 800 放行: released. */
    RELEASED("800", 90, "放行", "released"),
    /** 700 退运: re-shipped abroad. */
    RESHIPPED("700", 95, "退运", "re-shipped abroad"),
    /** 899 结关: closed. */
    CLOSED("899", 100, "结关", "closed");

    private final String code;
    private final int rank;
    private final String cnName;
    private final String enName;

    CustomsStatus(String code, int rank, String cnName, String enName) {
        this.code = code;
        this.rank = rank;
        this.cnName = cnName;
        this.enName = enName;
    }

    /**
     * The status of a {@code returnStatus}: any negative number is {@link #PROCESSING_ERROR}; empty for a code no
     * receipt table lists (or that is no number).
     */
    public static Optional<CustomsStatus> of(String returnStatus) {
        if (returnStatus == null) {
            return Optional.empty();
        }
        String code = returnStatus.strip();
        if (code.matches("-\\d+")) {
            return Optional.of(PROCESSING_ERROR);
        }
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** The wire code, e.g. {@code 800}; {@code -} for {@link #PROCESSING_ERROR}, whose codes are many. */
    public String code() {
        return code;
    }

    /** Higher ranks win; equal ranks (the four detentions) keep the status first reached. */
    public int rank() {
        return rank;
    }

    /** The specification's Chinese name. */
    public String cnName() {
        return cnName;
    }

    /** An English name. */
    public String enName() {
        return enName;
    }

    /** The status after {@code next} arrived: {@code next} when it ranks higher, else this one. */
    public CustomsStatus advance(CustomsStatus next) {
        return next.rank > rank ? next : this;
    }

    /** 501, 502, 503 or 599: the goods are detained. */
    public boolean isDetention() {
        return rank == DETAINED_OTHER.rank;
    }

    /** 4, 100 or a negative code: the filing failed and must be corrected and filed again. */
    public boolean isFailure() {
        return this == SENDING_FAILED || this == PROCESSING_ERROR || this == REJECTED;
    }

    @Override
    public String toString() {
        return name() + "(" + code + " " + cnName + ")";
    }
}
