package org.cbec.cli;

import org.cbec.fx.RateSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cbec.fx.CbecFx;
import org.cbec.fx.spi.RateSource;
import org.cbec.insights.CbecInsights;
import org.cbec.insights.facts.FactQuery;
import org.cbec.insights.score.ScorecardWriter;
import org.cbec.insights.stats.Dimension;
import org.cbec.insights.stats.Statistics;
import org.cbec.insights.stats.StatisticsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cbec stats}: counts and values of what was filed, by message type, trade mode, customs, month, status,
 * currency, seller or platform, with release-time percentiles and the top refusal reasons; or, with
 * {@code --scorecard}, one compliance scorecard per seller and platform. Reads filed messages and their receipts from
 * files, or the client's store with {@code --store} (see {@link FiledFolder}).
 *
 * <pre>{@code
 * $ cbec stats --by type,mode filed/
 * $ cbec stats --from 2026-11-01 --to 2026-11-30 --by month --format json --rates rates.csv filed/
 * $ cbec stats --scorecard filed/
 * $ cbec stats --store .cbec/outbox --by status,month
 * }</pre>
 *
 * <p>Exit code: 0 the statistics were printed, 2 nothing could be read, a rate file or option is wrong.
 */
@Command(name = "stats",
        description = "Statistics of filed messages and their receipts (files, or the client's store), or compliance scorecards.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the statistics were printed", "2:no message could be read, or wrong usage"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec stats --by type,mode filed/",
                "  cbec stats --from 2026-11-01 --to 2026-11-30 --by month --format json --rates rates.csv filed/",
                "  cbec stats --scorecard filed/",
                "  cbec stats --store .cbec/outbox --by status,month"})
public final class StatsCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        text,
        json,
        csv
    }

    @Option(names = "--by", split = ",", paramLabel = "DIMENSION",
            description = "Group by: type, mode, customs, month, status, currency, enterprise, platform (comma-separated; default: the total only).")
    private List<String> by = List.of();

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--rates", paramLabel = "FILE.csv",
            description = "Exchange rates (sdk-fx CSV: type,currency,period,rate,units) to show other currencies in CNY.")
    private Path rates;

    @Option(names = "--scorecard", description = "Print one compliance scorecard per seller (ebcCode) and platform (ebpCode) instead.")
    private boolean scorecard;

    @Mixin
    private FiledFolder filed;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dimension[] dims;
        CbecInsights.Builder insights = CbecInsights.builder();
        try {
            dims = by.stream().map(Dimension::parse).toArray(Dimension[]::new);
            if (rates != null) {
                insights.fx(CbecFx.of(RateSources.csv(rates)));
            }
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println("cbec: " + e.getMessage());
            return CbecCommand.EXIT_UNUSABLE;
        }
        try (FiledFolder.Loaded loaded = filed.loadSome(err)) {
            if (loaded == null) {
                return CbecCommand.EXIT_UNUSABLE;
            }
            FactQuery query = filed.query();
            if (scorecard) {
                if (format == Format.json) {
                    ScorecardWriter.json(insights.build().scorecards(loaded.source(), query), out);
                } else {
                    ScorecardWriter.text(insights.build().scorecards(loaded.source(), query), out);
                }
                return CbecCommand.EXIT_OK;
            }
            Statistics s = insights.build().statistics(loaded.source(), query, dims);
            switch (format) {
                case json -> StatisticsWriter.json(s, out);
                case csv -> StatisticsWriter.csv(s, out);
                default -> StatisticsWriter.text(s, out);
            }
            return CbecCommand.EXIT_OK;
        }
    }
}
