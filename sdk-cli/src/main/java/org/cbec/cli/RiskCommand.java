package org.cbec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.cbec.insights.CbecInsights;
import org.cbec.insights.risk.RiskConfig;
import org.cbec.insights.risk.RiskReport;
import org.cbec.insights.risk.RiskReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cbec risk}: replays filed messages (files with their receipts, see {@link FiledFolder}) through the risk
 * rules RISK-01 … RISK-05 (split orders, annual limit, shared telephone or address, price deviation) and prints each
 * alert with the orders involved; buyers, telephones and addresses only masked. {@code --store} reads the client's
 * store instead of files.
 *
 * <pre>{@code
 * $ cbec risk filed/
 * RISK-03 SHARED_PHONE WARNING phone 138****2222: 4 different buyers on one phone (alert from 3) [ORDER-1, …]
 *   buyers: 110***********0011, 110***********0012, 110***********0013, 110***********0014
 * 9 filings checked, 1 alert (RISK-03 1)
 * }</pre>
 *
 * <p>Exit code: 0 no rule fired, 1 a rule fired, 2 nothing could be read or wrong usage.
 */
@Command(name = "risk",
        description = "Risk pre-checks (RISK-01..05) over filed messages and their receipts (files, or the client's store).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no rule fired", "1:a rule fired", "2:no message could be read, or wrong usage"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec risk filed/",
                "  cbec risk --format json --window-hours 48 --shared-contact 5 filed/",
                "  cbec risk --store .cbec/outbox"})
public final class RiskCommand implements Callable<Integer> {

    @Mixin
    private FormatOption format;

    @Option(names = "--basis", defaultValue = "CEB621", paramLabel = "TYPE",
            description = "Message type the rules look at: CEB621 (inventories, default) or CEB311 (orders).")
    private String basis;

    @Option(names = "--window-hours", defaultValue = "24", paramLabel = "N",
            description = "Orders of one buyer this close count as one purchase (拆单); default ${DEFAULT-VALUE}.")
    private int windowHours;

    @Option(names = "--shared-contact", defaultValue = "3", paramLabel = "N",
            description = "Buyers on one telephone or address that make an alert; default ${DEFAULT-VALUE}.")
    private int sharedContact;

    @Mixin
    private FiledFolder filed;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RiskConfig config;
        try {
            config = RiskConfig.builder().basisType(basis).window(Duration.ofHours(windowHours))
                    .sharedContactBuyers(sharedContact).build();
        } catch (IllegalArgumentException e) {
            err.println("cbec: " + e.getMessage());
            return CbecCommand.EXIT_UNUSABLE;
        }
        try (FiledFolder.Loaded loaded = filed.loadSome(err)) {
            if (loaded == null) {
                return CbecCommand.EXIT_UNUSABLE;
            }
            RiskReport report = CbecInsights.builder().risk(config).build().risk(loaded.source(), filed.query());
            if (format.json()) {
                RiskReportWriter.json(report, out);
            } else {
                RiskReportWriter.text(report, out);
            }
            return report.alerts().isEmpty() ? CbecCommand.EXIT_OK : CbecCommand.EXIT_INVALID;
        }
    }
}
