package org.cbec.customs.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.CebMessages;
import org.cbec.customs.receipt.ReceiptTable.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The receipt tables the SDK owns are the specification's, and the status model keeps its monotone rule. */
class ReceiptTablesTest {

    /** Words of the field table's left columns that share lines with the returnStatus explanation. */
    private static final Pattern LEFT_COLUMNS = Pattern.compile("回执状态|returnStatus|C1?(\\.\\.|…)10|(?<=\\s|^)是(?=\\s|$)");
    /** A status in the explanation: a number right after the opening bracket or a slash, followed by its name. */
    private static final Pattern STATUS = Pattern.compile("(?:（|\\(|/)\\s*(\\d{1,3})\\s*(?=[\\u4e00-\\u9fff])");
    private static final Pattern HEADING = Pattern.compile("^\\s*[23]\\.\\d+\\.(\\d+\\.)?\\s*\\S.*");

    static List<ReceiptTable> tables() {
        return ReceiptTables.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void eachTableListsExactlyTheStatusesOfItsReceiptSectionInTheSpecification(ReceiptTable table) throws IOException {
        String explanation = returnStatusExplanation(table.section());
        List<String> codes = new ArrayList<>();
        Matcher m = STATUS.matcher(explanation);
        while (m.find()) {
            codes.add(m.group(1));
        }

        assertThat(codes).as("%s in spec %s: %s", table.receiptType(), table.section(), explanation).containsExactlyElementsOf(table.codes());
        assertThat(table.open()).as("%s ends in 等: %s", table.receiptType(), explanation).isEqualTo(explanation.contains("等"));
    }

    @Test
    void everyBusinessMessageTypeOfBothCataloguesHasOneTableAndNoReceiptHasOne() {
        Set<String> customsInitiated = Set.of("CEB792", "CEB816", "CEB818", "CEB900");
        Set<String> receipts = ReceiptTables.all().stream().map(ReceiptTable::receiptType).collect(Collectors.toSet());
        Set<String> business = CebMessages.all().stream().map(MessageSpec::messageType)
                .filter(t -> !receipts.contains(t) && !customsInitiated.contains(t)).collect(Collectors.toCollection(LinkedHashSet::new));

        assertThat(ReceiptTables.all()).extracting(ReceiptTable::messageType).containsExactlyInAnyOrderElementsOf(business);
        assertThat(ReceiptTables.of(MessageSpec.Direction.IMPORT)).hasSize(8);
        assertThat(ReceiptTables.of(MessageSpec.Direction.EXPORT)).hasSize(11);
        assertThat(ReceiptTables.all()).allSatisfy(t -> assertThat(t.receipt().direction()).isEqualTo(t.message().direction()));
    }

    @Test
    void cancellationReturnBondedInboundAndReturnTallyEndAt399NotAt800() {
        for (String type : List.of("CEB623", "CEB625", "CEB711", "CEB215")) {
            ReceiptTable t = ReceiptTables.forMessage(type);
            assertThat(t.last()).as(type).isEqualTo("399");
            assertThat(t.isFinal("399")).as(type).isTrue();
            assertThat(t.lists("800")).as(type).isFalse();
        }
        assertThat(ReceiptTables.forReceipt("CEB624Message").orElseThrow().messageType()).isEqualTo("CEB623");
        assertThat(ReceiptTables.forMessage("CEB621").last()).isEqualTo("899");
        assertThat(ReceiptTables.forMessage("CEB621").isFinal("800")).isTrue();
        assertThat(ReceiptTables.forMessage("CEB311").isFinal("120")).isTrue();
        assertThat(ReceiptTables.forMessage("CEB621").isFinal("120")).isFalse();
        assertThat(ReceiptTables.forMessage("CEB213").codes()).containsExactly("1", "2", "3", "4", "100", "120", "300", "500", "505", "600", "800");
        assertThat(ReceiptTables.forMessage("CEB213").entry("300").orElseThrow().meaning()).isEqualTo("待人工审核");
        assertThatThrownBy(() -> ReceiptTables.forMessage("CEB816")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CEB816");
    }

    @Test
    void outcomesTellInspectionDetentionReshipmentRejectionAndErrorsApart() {
        ReceiptTable inventory = ReceiptTables.forMessage("CEB621");

        assertThat(inventory.outcome("500")).isEqualTo(Outcome.AWAITING_CUSTOMS);
        assertThat(inventory.outcome("300")).isEqualTo(Outcome.AWAITING_CUSTOMS);
        assertThat(List.of("501", "502", "503", "599")).allSatisfy(c -> assertThat(inventory.outcome(c)).isEqualTo(Outcome.DETAINED));
        assertThat(inventory.outcome("700")).isEqualTo(Outcome.RESHIPPED);
        assertThat(inventory.outcome("899")).isEqualTo(Outcome.COMPLETED);
        assertThat(inventory.outcome("100")).isEqualTo(Outcome.REJECTED);
        assertThat(inventory.outcome("4")).isEqualTo(Outcome.FAILED);
        assertThat(inventory.outcome("-621005")).isEqualTo(Outcome.FAILED);
        assertThat(inventory.outcome("399")).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(inventory.outcome("12345")).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(ReceiptTables.forMessage("CEB213").outcome("505")).isEqualTo(Outcome.AWAITING_CUSTOMS);
        assertThat(ReceiptTables.forMessage("CEB213").outcome("600")).isEqualTo(Outcome.AWAITING_CUSTOMS);
    }

    @Test
    void aLate120After800ChangesNothingAndInspectedThenReleasedIsNormal() {
        ReceiptTable inventory = ReceiptTables.forMessage("CEB621");

        assertThat(inventory.standing(List.of("2", "120", "399", "800", "120"))).contains(CustomsStatus.RELEASED);
        assertThat(inventory.standing(List.of("120", "399", "500", "800"))).contains(CustomsStatus.RELEASED);
        assertThat(inventory.standing(List.of("800", "500", "399"))).contains(CustomsStatus.RELEASED);
        assertThat(inventory.standing(List.of("399", "500", "502"))).contains(CustomsStatus.DETAINED_ANTI_SMUGGLING);
        assertThat(inventory.standing(List.of("599", "800"))).contains(CustomsStatus.RELEASED);
        assertThat(inventory.standing(List.of("800", "899", "800"))).contains(CustomsStatus.CLOSED);
        assertThat(inventory.standing(List.of("2", "100", "120"))).contains(CustomsStatus.REJECTED);
        assertThat(inventory.standing(List.of("800", "100"))).as("a rejection never undoes a release").contains(CustomsStatus.RELEASED);
        assertThat(inventory.standing(List.of("x"))).isEmpty();
        assertThat(CustomsStatus.of("-623005")).contains(CustomsStatus.PROCESSING_ERROR);
        assertThat(CustomsStatus.DETAINED_LEGAL.advance(CustomsStatus.DETAINED_CLEARANCE)).isEqualTo(CustomsStatus.DETAINED_LEGAL);
    }

    /** The returnStatus row's explanation of the receipt field table in {@code section}, left columns removed. */
    private static String returnStatusExplanation(String section) throws IOException {
        List<String> lines = Files.readAllLines(OfficialSpec.spec().resolve("docs/message-spec-202205.txt"), StandardCharsets.UTF_8);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith(section + ".") && !l.contains("....")) {
                start = i;
            }
        }
        assertThat(start).as("section %s in the specification text", section).isNotNegative();
        StringBuilder text = new StringBuilder();
        for (int i = start + 1; i < lines.size() && !HEADING.matcher(lines.get(i)).matches(); i++) {
            String l = lines.get(i).strip();
            if (!l.matches("\\d+")) { // page numbers
                text.append(LEFT_COLUMNS.matcher(l).replaceAll("").replaceAll("\\s{2,}", " ").strip());
            }
        }
        String all = text.toString();
        int from = all.indexOf("操作结果");
        int to = all.indexOf("若小于", from);
        assertThat(from).as("操作结果 in section %s", section).isNotNegative();
        return all.substring(from, to < 0 ? all.length() : to);
    }
}
