package org.cbec.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cbec.core.CebCodec;
import org.cbec.core.error.CebException;
import org.cbec.core.Deviation;
import org.cbec.core.validation.Severity;
import org.cbec.core.validation.Violation;
import org.cbec.customs.CebMessages;
import org.cbec.customs.goods.GoodsList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cbec validate}: reads CEB messages of any modelled type and reports every finding of every rule, with
 * file, line, path, the specification's field name, rule code, severity and message. Personal values are masked as
 * the SDK masks them.
 *
 * <pre>{@code
 * $ cbec validate CEB311Message.xml
 * CEB311Message.xml:18: ERROR CEB-V016 Order[1].OrderHead.buyerIdNumber (订购人证件号码): ... [value '130***********3332']
 * CEB311Message.xml: 2 errors, 0 warnings
 * $ cbec validate --format json orders/ > report.json
 * $ cbec validate --lenient CEB303Message.xml
 * CEB303Message.xml:60: WARNING LENIENT-DUPLICATE BaseTransfer: <BaseTransfer> occurrence 2, at most 1 allowed; ...
 * }</pre>
 *
 * <p>Reading is strict by default: what the official schema refuses is an error. With {@code --lenient}, the
 * departures real traffic is known for (duplicate nodes, unknown elements, known aliases such as root
 * {@code CEB214}) are accepted and reported as warnings. With {@code --goods-list FILE} inventory lines (CEB621,
 * CEB603) are also checked against the user's goods list (正面清单): a code off the list is {@code CEB-G001}, an error
 * unless {@code --goods-list-severity warning}.
 *
 * <p>Exit code: 0 when no finding is an error, 1 when a message has an error, 2 when a file cannot be read as a
 * supported message (unreadable, not XML, hostile XML, a message type not yet modelled) or a directory holds no
 * {@code *.xml}; the worst file decides. Files that cannot be read are named on standard error, one line each (and in
 * the JSON document too).
 */
@Command(name = "validate",
        description = "Validate CEB messages against every rule of the specification.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no finding is an error",
                "1:a message breaks a rule",
                "2:a file cannot be read as a supported message, or wrong usage"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec validate CEB311Message.xml",
                "  cbec validate --format json orders/ > report.json",
                "  cbec validate --lenient CEB303Message.xml",
                "  cbec validate --goods-list positive-list.csv inventories/"})
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private FormatOption format;

    @Option(names = "--lenient",
            description = "Accept known real-world departures from the schema (duplicate nodes, unknown elements, known aliases) and report them as warnings.")
    private boolean lenient;

    @Option(names = "--goods-list", paramLabel = "FILE.csv",
            description = "Also check inventory lines (CEB621, CEB603) against this goods list (正面清单; CSV hsCode,name,note): a code off the list is CEB-G001.")
    private Path goodsList;

    @Option(names = "--goods-list-severity", defaultValue = "ERROR", paramLabel = "error|warning",
            description = "How goods-list findings count: error (default) or warning.")
    private String goodsListSeverity;

    @Mixin
    private MessageInputs inputs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CebCodec codec = CebCodec.builder().readPolicy(lenient ? CebMessages.lenientReading() : CebMessages.strictReading()).build();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GoodsList goods;
        try {
            goods = goodsList == null ? null
                    : GoodsList.fromCsv(goodsList).withSeverity(Severity.valueOf(goodsListSeverity.toUpperCase(Locale.ROOT)));
        } catch (CebException | UncheckedIOException | IllegalArgumentException e) {
            err.println("cbec: --goods-list: " + e.getMessage());
            return CbecCommand.EXIT_UNUSABLE;
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path input : inputs.paths()) {
            outcomes.addAll(validate(input, codec, goods));
        }
        for (FileOutcome o : outcomes) {
            if (o.reason() != null) {
                err.println("cbec: " + failureLine(o));
            }
        }
        if (format.json()) {
            out.println(json(outcomes));
        } else {
            outcomes.forEach(o -> text(o, out));
        }
        return outcomes.stream().mapToInt(o -> o.status().exitCode).max().orElse(CbecCommand.EXIT_OK);
    }

    private static List<FileOutcome> validate(Path input, CebCodec codec, GoodsList goods) {
        List<FileOutcome> outcomes = new ArrayList<>();
        try {
            MessageFiles.list(input, outcomes).forEach(f -> outcomes.add(FileOutcome.of(f, codec, goods)));
        } catch (MessageFiles.Unusable e) {
            outcomes.add(e.outcome());
        }
        return outcomes;
    }

    /** {@code FILE: status: reason [CODE]} for a file that could not be read; shared with the other subcommands. */
    static String failureLine(FileOutcome o) {
        return o.file() + ": " + o.status().label() + ": " + o.reason() + (o.code() == null ? "" : " [" + o.code() + "]");
    }

    /** Findings and a summary line of a file that was read; a file that was not is already on standard error. */
    private static void text(FileOutcome o, PrintWriter out) {
        if (o.reason() != null) {
            return;
        }
        for (Deviation d : o.deviations()) {
            out.println(deviationLine(o.file(), d));
        }
        for (Violation v : o.findings()) {
            out.println(findingLine(o.file(), v));
        }
        if (o.findings().isEmpty() && o.deviations().isEmpty()) {
            out.println("OK " + o.file());
        } else {
            out.println(o.file() + ": " + count(o.errors(), "error") + ", " + count(o.warnings(), "warning"));
        }
    }

    /** One finding as {@code FILE:LINE: SEVERITY RULE path (字段名): message [value 'masked']}; shared with {@code sign}. */
    static String findingLine(String file, Violation v) {
        StringBuilder b = new StringBuilder(file).append(':');
        if (v.line() > 0) {
            b.append(v.line()).append(':');
        }
        b.append(' ').append(v.severity()).append(' ').append(v.code()).append(' ').append(v.path());
        if (v.fieldName() != null && !v.fieldName().isEmpty()) {
            b.append(" (").append(v.fieldName()).append(')');
        }
        b.append(": ").append(v.message());
        if (v.value() != null) {
            b.append(" [value '").append(v.value()).append("']");
        }
        return b.toString();
    }

    private static String deviationLine(String file, Deviation d) {
        int line = d.item() == null ? 0 : d.item().line();
        return file + ":" + (line > 0 ? line + ":" : "") + " WARNING " + ruleOf(d) + " " + d.path() + ": " + d.detail();
    }

    /** The pseudo rule code of a deviation, e.g. {@code LENIENT-DUPLICATE}. */
    private static String ruleOf(Deviation d) {
        return "LENIENT-" + d.kind().name().replace('_', '-');
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String json(List<FileOutcome> outcomes) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (FileOutcome o : outcomes) {
            ObjectNode f = files.addObject()
                    .put("file", o.file())
                    .put("status", o.status().label())
                    .put("messageType", o.messageType());
            if (o.reason() != null) {
                f.put("reason", o.reason()).put("code", o.code());
                continue;
            }
            f.put("errors", o.errors()).put("warnings", o.warnings());
            ArrayNode findings = f.putArray("findings");
            for (Deviation d : o.deviations()) {
                findings.addObject()
                        .put("line", d.item() == null ? 0 : d.item().line())
                        .put("path", d.path())
                        .put("rule", ruleOf(d))
                        .put("severity", "WARNING")
                        .put("message", d.detail());
            }
            for (Violation v : o.findings()) {
                findings.addObject()
                        .put("line", v.line())
                        .put("path", v.path())
                        .put("fieldName", v.fieldName())
                        .put("rule", v.code())
                        .put("severity", v.severity().name())
                        .put("message", v.message())
                        .put("value", v.value());
            }
        }
        return Json.write(root);
    }
}
