package org.cbec.examples;

import static org.cbec.examples.ExportParcels.AGENT_CODE;
import static org.cbec.examples.ExportParcels.AGENT_NAME;
import static org.cbec.examples.ExportParcels.transfer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.CebMessages;
import org.cbec.customs.codes.StatisticsFlag;
import org.cbec.customs.exports.Ceb701Message;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.flow.ExportMode;
import org.cbec.customs.summary.ReleasedInventory;
import org.cbec.customs.summary.SummaryDeclaration;
import org.cbec.customs.summary.SummaryGroup;
import org.cbec.customs.summary.SummaryPlan;

/**
 * A month of retail exports (9610) ending in the summary declaration: released inventories (CEB603 with their CEB604
 * status) are grouped by the customs rules into summary applications, written as a CEB701 due by the 15th of the next
 * month; the inventories that cannot be summarised are listed with the reason. Finally the application is read back
 * leniently with a second {@code BaseTransfer}, a defect of real traffic and of the official samples.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.RetailExportSummary9610 -DskipTests package -pl examples -am}
 */
public final class RetailExportSummary9610 {

    private RetailExportSummary9610() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.systemUTC();
        LocalDateTime now = CustomsTime.now(clock);
        LocalDate today = now.toLocalDate();
        ExportMode mode = ExportMode.B2C_9610;

        // 1. This week's parcels, with the latest status their inventory receipts (CEB604) gave.
        List<ReleasedInventory> parcels = List.of(
                released(ExportParcels.inventory(mode, "E-0001", "LN0001", "502", today.minusDays(3), 1, "199.00", now), "INVT0001", "800"),
                released(ExportParcels.inventory(mode, "E-0002", "LN0002", "502", today.minusDays(2), 2, "199.00", now), "INVT0002", "800"),
                released(ExportParcels.inventory(mode, "E-0003", "LN0003", "303", today.minusDays(2), 1, "219.00", now), "INVT0003", "800"),
                released(ExportParcels.inventory(mode, "E-0004", "LN0004", "502", today.minusDays(1), 1, "199.00", now), "INVT0004", "100"),
                released(simplified(ExportParcels.inventory(mode, "E-0005", "LN0005", "502", today, 1, "9.90", now)), "INVT0005", "800"));

        // 2. Group them by the customs rules.
        SummaryPlan plan = SummaryDeclaration.builder().addAll(parcels).build();
        for (SummaryGroup g : plan.groups()) {
            System.out.printf("== group: consignor %s, country of arrival %s, %s, due %s: %s%n", g.key().ebcCode(), g.key().country(),
                    g.key().period(), g.key().deadline(), g.invtNos());
            g.items().forEach((item, total) -> System.out.printf("   item %s %s %s: %s lines, qty %s, total %s%n",
                    item.country(), item.gcode(), item.currency(), total.lines(), total.qty(), total.totalPrice()));
        }
        plan.ungrouped().forEach(u -> System.out.printf("== not summarised: %s %s (%s)%n", u.inventory().invtNo(), u.reason(), u.detail()));

        // 3. The summary application, validated and written.
        CebCodec codec = CebCodec.ofDefaults();
        List<Ceb701Message> applications = plan.toMessages(new SummaryGroup.Applicant(AGENT_CODE, AGENT_NAME, AGENT_CODE, AGENT_NAME),
                transfer(AGENT_CODE, AGENT_NAME), String.format("SUM%tY%<tm", today), now);
        for (Ceb701Message m : applications) {
            System.out.println("\n== CEB701Message: " + (codec.validate(m).isValid() ? "valid" : "INVALID"));
            System.out.println(new String(codec.write(m), StandardCharsets.UTF_8));
        }

        // 4. Real traffic (and 8 official samples) carry two BaseTransfer nodes: lenient reading accepts and reports it.
        System.out.println("== lenient reading of a CEB701 with two BaseTransfer nodes");
        CebCodec lenient = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();
        String twice = new String(codec.write(applications.get(0)), StandardCharsets.UTF_8)
                .replaceFirst("(?s)(<ceb:BaseTransfer>.*?</ceb:BaseTransfer>)", "$1$1");
        lenient.parse(twice.getBytes(StandardCharsets.UTF_8), Ceb701Message.SPEC).deviations().forEach(d -> System.out.println("   " + d));
    }

    private static ReleasedInventory released(Inventory inventory, String invtNo, String returnStatus) {
        return new ReleasedInventory(inventory, invtNo, returnStatus);
    }

    private static Inventory simplified(Inventory inventory) {
        return inventory.toBuilder().inventoryHead(inventory.inventoryHead().toBuilder().statisticsFlag(StatisticsFlag.SIMPLIFIED).build()).build();
    }
}
