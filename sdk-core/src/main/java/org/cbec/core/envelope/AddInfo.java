package org.cbec.core.envelope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional {@code AddInfo} of a terminal-node envelope, as the 202205 schema defines it. Receipts in the wild use
 * it to carry the original file name, the IC card number and business keys such as {@code DealFlag} and
 * {@code RetType}. Every field is optional; validated on construction.
 *
 * <pre>{@code
 * AddInfo info = AddInfo.builder().fileName("CEB311_20240601.xml").bizKey("DealFlag", "1").build();
 * Optional<String> dealFlag = msg.addInfo().bizKey("DealFlag");
 * }</pre>
 *
 * @param fileName   {@code FileName}, original file name, 1–255 characters, or {@code null}
 * @param icCard     {@code IcCard}, IC card number, 1–13 characters, or {@code null}
 * @param bizKeys    the {@code Key}s of {@code BizKey}: none (no {@code BizKey} element) or 1 to 5
 * @param textEncode the {@code Encode} attribute of {@code IsText} (present when the data is text in that charset),
 *                   0–50 characters, or {@code null} when there is no {@code IsText}
 * @param recMapId   {@code RecMapId}, the receiver's conversion id, or {@code null}; the schema leaves its type open,
 *                   the SDK supports text content only
 */
public record AddInfo(String fileName, String icCard, List<BizKey> bizKeys, String textEncode, String recMapId) {

    public AddInfo {
        fileName = Fields.optionalText("AddInfo/FileName", fileName, 1, 255);
        icCard = Fields.optionalText("AddInfo/IcCard", icCard, 1, 13);
        bizKeys = Fields.list("AddInfo/BizKey/Key", bizKeys, 0, 5);
        textEncode = Fields.optionalText("AddInfo/IsText/@Encode", textEncode, 0, 50);
        recMapId = Fields.optionalText("AddInfo/RecMapId", recMapId, 0, Integer.MAX_VALUE);
    }

    /** The value of the first business key called {@code name}. */
    public Optional<String> bizKey(String name) {
        return bizKeys.stream().filter(k -> name.equals(k.name())).map(BizKey::value).findFirst();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * One {@code BizKey/Key}.
     *
     * @param name  the {@code name} attribute, 1–32 characters, or {@code null}
     * @param value the key's value, 1–64 characters
     */
    public record BizKey(String name, String value) {
        public BizKey {
            name = Fields.optionalText("AddInfo/BizKey/Key/@name", name, 1, 32);
            value = Fields.text("AddInfo/BizKey/Key", value, 1, 64);
        }
    }

    /** Builder of {@link AddInfo}; {@link #build()} validates. */
    public static final class Builder {
        private String fileName;
        private String icCard;
        private final List<BizKey> bizKeys = new ArrayList<>();
        private String textEncode;
        private String recMapId;

        private Builder() {
        }

        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
        }

        public Builder icCard(String icCard) {
            this.icCard = icCard;
            return this;
        }

        /** Adds one business key; call up to five times. */
        public Builder bizKey(String name, String value) {
            this.bizKeys.add(new BizKey(name, value));
            return this;
        }

        /** Marks the data as text in charset {@code encode} ({@code IsText Encode="…"}). */
        public Builder textEncode(String encode) {
            this.textEncode = encode;
            return this;
        }

        public Builder recMapId(String recMapId) {
            this.recMapId = recMapId;
            return this;
        }

        public AddInfo build() {
            return new AddInfo(fileName, icCard, bizKeys, textEncode, recMapId);
        }
    }
}
