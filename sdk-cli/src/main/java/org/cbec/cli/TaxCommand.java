package org.cbec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.cbec.core.error.CebException;
import org.cbec.tax.CbecTax;
import org.cbec.tax.GoodsLine;
import org.cbec.tax.LineTax;
import org.cbec.tax.TaxAmounts;
import org.cbec.tax.TaxAssessment;
import org.cbec.tax.TaxRateTables;
import org.cbec.tax.TaxableParcel;
import org.cbec.tax.spi.TaxRateTable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cbec tax}: the cross-border retail import tax of a basket (跨境电商零售进口综合税), computed by
 * {@link CbecTax}: duty, consumption tax and VAT per line and in total, statutory and due, and where the basket stands
 * against the 5,000 CNY single and 26,000 CNY annual limits.
 *
 * <pre>{@code
 * $ cbec tax --item "cosmetics,price=100.00,qty=2" --item "0402100000,name=milk powder,value=540.00,qty=3" --freight 20.00
 * $ cbec tax --format json --year-to-date 25000.00 basket.json
 * }</pre>
 *
 * <p>An item is {@code KEY[,name=NAME][,qty=N][,price=UNIT|value=TOTAL][,legal-qty=N]}: {@code KEY} is a category of
 * the rate table (e.g. {@code cosmetics}) or an HS code (digits, longest prefix); {@code price} is per unit (the line
 * is price × qty), {@code value} the line total, in CNY with at most 2 decimals; {@code legal-qty} the quantity in the
 * unit of a specific consumption tax (e.g. tonnes of beer). A JSON basket has the same fields:
 * {@code {"items":[{"category":"cosmetics","quantity":2,"price":100.00}, {"hsCode":"0402100000","value":540.00}],
 * "freight":20.00,"insurance":0,"yearToDate":0}}. Without {@code --rates FILE.csv} the built-in SAMPLE rates are
 * used, which are illustrative and not the current tariff (the output says so).
 *
 * <p>Exit code: 0 the basket can be cleared as a retail import; 1 it cannot (over the single or annual limit: general
 * trade, full tax); 2 the basket or the rates cannot be read, an item has no rates, or wrong usage.
 */
@Command(name = "tax",
        sortOptions = false,
        description = "Estimate the cross-border retail import tax of a basket (duty, consumption tax, VAT; 5,000 / 26,000 CNY limits).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the basket can be cleared as a retail import",
                "1:it cannot: over the single or the annual limit (general trade, full tax)",
                "2:the basket or the rates cannot be read, an item has no rates, or wrong usage"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec tax --item \"cosmetics,price=100.00,qty=2\"",
                "  cbec tax --item \"3304100091,name=lipstick,value=600.00,qty=2\" \\",
                "      --item \"beer,value=198.00,qty=24,legal-qty=0.012\" --freight 30.00",
                "  cbec tax --format json --year-to-date 25000.00 --rates rates.csv basket.json"})
public final class TaxCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Basket basket;

    /** The basket: items on the command line, or a JSON file. */
    static final class Basket {
        @Option(names = "--item", paramLabel = "KEY,qty=N,price=CNY",
                description = "A goods line: KEY (rate table category or HS code) then name=, qty=, price= (per unit) or value= (line total), legal-qty=. Repeat for more lines.")
        private List<String> items;

        @Parameters(paramLabel = "BASKET.json", arity = "0..1",
                description = "A basket as JSON: {\"items\":[{\"category\":\"cosmetics\",\"quantity\":2,\"price\":100.00}],\"freight\":0}.")
        private Path file;
    }

    @Option(names = "--freight", paramLabel = "CNY", description = "Freight paid for the parcel (default: 0, or the JSON's).")
    private BigDecimal freight;

    @Option(names = "--insurance", paramLabel = "CNY", description = "Insurance paid for the parcel (default: 0, or the JSON's).")
    private BigDecimal insurance;

    @Option(names = "--year-to-date", paramLabel = "CNY",
            description = "What the buyer has already imported this calendar year (default: 0, or the JSON's).")
    private BigDecimal yearToDate;

    @Option(names = "--rates", paramLabel = "FILE.csv",
            description = "Tax rates as CSV (key,category,dutyRate,vatRate,consumptionRate,consumptionPerUnit,consumptionUnit); default: the built-in SAMPLE rates.")
    private Path rates;

    @Mixin
    private FormatOption format;

    @Spec
    private CommandSpec spec;

    /** The item keys understood, JSON field names on the left, command-line names on the right. */
    private static final Map<String, String> ITEM_KEYS = Map.of("name", "name", "qty", "quantity", "price", "price", "value", "value",
            "legal-qty", "legalQuantity");

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        TaxAssessment a;
        try {
            Map<String, Object> totals = new HashMap<>();
            List<GoodsLine> lines = basket.file != null ? fromJson(basket.file, totals) : fromItems(basket.items);
            TaxableParcel parcel = TaxableParcel.builder()
                    .buyerIdNumber("")   // the estimate needs no buyer: the year-to-date is given
                    .lines(lines)
                    .freight(amount(freight, totals.get("freight")))
                    .insurance(amount(insurance, totals.get("insurance")))
                    .build();
            CbecTax tax = CbecTax.builder().rateTable(rates == null ? TaxRateTables.sample() : TaxRateTables.fromCsv(rates)).build();
            a = tax.estimate(parcel, amount(yearToDate, totals.get("yearToDate")));
        } catch (IllegalArgumentException | CebException | UncheckedIOException e) {
            err.println("cbec: tax: " + e.getMessage());
            return CbecCommand.EXIT_UNUSABLE;
        }
        if (format.json()) {
            spec.commandLine().getOut().println(Json.write(json(a)));
        } else {
            text(a, spec.commandLine().getOut());
        }
        return a.limitStatus().retailImport() ? CbecCommand.EXIT_OK : CbecCommand.EXIT_INVALID;
    }

    private static BigDecimal amount(BigDecimal option, Object fromFile) {
        if (option != null) {
            return option;
        }
        return fromFile == null ? BigDecimal.ZERO : (BigDecimal) fromFile;
    }

    /** Lines from {@code --item} values. */
    private static List<GoodsLine> fromItems(List<String> items) {
        List<GoodsLine> lines = new ArrayList<>();
        for (String item : items) {
            String[] parts = item.split(",");
            Map<String, String> fields = new HashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                String key = eq < 0 ? "" : ITEM_KEYS.get(parts[i].substring(0, eq).strip());
                if (key == null || key.isEmpty()) {
                    throw new IllegalArgumentException("--item " + item + ": '" + parts[i] + "' is not one of name=, qty=, price=, value=, legal-qty=");
                }
                fields.put(key, parts[i].substring(eq + 1).strip());
            }
            lines.add(line(lines.size() + 1, parts[0].strip(), fields, "--item " + item));
        }
        return lines;
    }

    /** Lines from a JSON basket; {@code freight}, {@code insurance} and {@code yearToDate} go into {@code totals}. */
    private static List<GoodsLine> fromJson(Path file, Map<String, Object> totals) {
        JsonNode root;
        try {
            root = Json.MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(MessageFiles.read(file));
        } catch (MessageFiles.Unusable e) {
            throw new IllegalArgumentException(file + ": " + e.outcome().reason());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.path("items").isArray() || root.path("items").isEmpty()) {
            throw new IllegalArgumentException(file + ": a basket is an object with an \"items\" array of at least one item");
        }
        for (String total : List.of("freight", "insurance", "yearToDate")) {
            if (root.has(total)) {
                totals.put(total, decimal(root.get(total), file + ": " + total));
            }
        }
        List<GoodsLine> lines = new ArrayList<>();
        Set<String> known = Set.of("category", "hsCode", "name", "quantity", "price", "value", "legalQuantity");
        for (JsonNode item : root.get("items")) {
            String where = file + ": items[" + lines.size() + "]";
            Map<String, String> fields = new HashMap<>();
            item.fields().forEachRemaining(e -> {
                if (!known.contains(e.getKey())) {
                    throw new IllegalArgumentException(where + "." + e.getKey() + ": unknown field; known: " + known);
                }
                fields.put(e.getKey(), e.getValue().isNumber() ? e.getValue().decimalValue().toPlainString() : e.getValue().asText());
            });
            String key = fields.containsKey("category") ? fields.get("category") : fields.get("hsCode");
            if (key == null) {
                throw new IllegalArgumentException(where + ": needs a category or an hsCode");
            }
            lines.add(line(lines.size() + 1, key, fields, where));
        }
        return lines;
    }

    private static BigDecimal decimal(JsonNode node, String where) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return number(node.asText(), where);
    }

    private static BigDecimal number(String text, String where) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not a number");
        }
    }

    /** One line: {@code key} is an HS code when it is digits, else a category; quantity 1 unless given. */
    private static GoodsLine line(int itemNo, String key, Map<String, String> fields, String where) {
        BigDecimal quantity = fields.containsKey("quantity") ? number(fields.get("quantity"), where + " quantity") : BigDecimal.ONE;
        BigDecimal value;
        if (fields.containsKey("price") == fields.containsKey("value")) {
            throw new IllegalArgumentException(where + ": give either price (per unit) or value (line total)");
        } else if (fields.containsKey("price")) {
            value = number(fields.get("price"), where + " price").multiply(quantity);
        } else {
            value = number(fields.get("value"), where + " value");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(where + ": the line value " + value.toPlainString() + " is not whole fen (2 decimals)");
        }
        boolean hsCode = key.chars().allMatch(Character::isDigit) && !key.isEmpty();
        try {
            return GoodsLine.builder()
                    .itemNo(itemNo)
                    .itemName(fields.getOrDefault("name", key))
                    .hsCode(hsCode ? key : null)
                    .taxCategory(hsCode ? null : key)
                    .quantity(quantity)
                    .legalQuantity(fields.containsKey("legalQuantity") ? number(fields.get("legalQuantity"), where + " legal-qty") : null)
                    .value(value.setScale(2, java.math.RoundingMode.UNNECESSARY))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private ObjectNode json(TaxAssessment a) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("rates", rates == null ? "SAMPLE (illustrative, not the current tariff)" : rates.toString());
        root.put("limitStatus", a.limitStatus().name())
                .put("retailImport", a.limitStatus().retailImport())
                .put("goodsValue", a.parcel().goodsValue())
                .put("freight", a.parcel().freight())
                .put("insurance", a.parcel().insurance())
                .put("dutiableValue", a.dutiableValue());
        amounts(root.putObject("due"), a.due());
        amounts(root.putObject("statutory"), a.statutory());
        root.put("yearToDateBefore", a.yearToDateBefore()).put("yearToDateAfter", a.yearToDateAfter());
        ArrayNode lines = root.putArray("lines");
        for (int i = 0; i < a.lines().size(); i++) {
            LineTax l = a.lines().get(i);
            ObjectNode line = lines.addObject()
                    .put("itemNo", l.itemNo())
                    .put("name", a.parcel().lines().get(i).itemName())
                    .put("category", l.rates().category())
                    .put("goodsValue", l.goodsValue())
                    .put("dutiableValue", l.dutiableValue());
            amounts(line.putObject("due"), l.due());
            amounts(line.putObject("statutory"), l.statutory());
        }
        return root;
    }

    private static void amounts(ObjectNode node, TaxAmounts t) {
        node.put("duty", t.duty()).put("consumptionTax", t.consumptionTax()).put("vat", t.vat()).put("total", t.total());
    }

    private void text(TaxAssessment a, PrintWriter out) {
        out.println("Rates: " + (rates == null ? "the built-in SAMPLE table (illustrative, not the current tariff)" : rates));
        String row = "%-32s %10s %10s %10s %10s %10s%n";
        out.printf(row, "line", "value", "dutiable", "duty", "cons. tax", "VAT");
        for (int i = 0; i < a.lines().size(); i++) {
            LineTax l = a.lines().get(i);
            out.printf(row, l.itemNo() + " " + a.parcel().lines().get(i).itemName(), l.goodsValue(), l.dutiableValue(),
                    l.due().duty(), l.due().consumptionTax(), l.due().vat());
        }
        out.printf(row, "basket", a.parcel().goodsValue(), a.dutiableValue(), a.due().duty(), a.due().consumptionTax(), a.due().vat());
        out.println("Tax due: " + a.due().total() + " CNY (statutory " + a.statutory().total() + ")");
        out.println("Limit status: " + a.limitStatus() + (a.limitStatus().retailImport() ? "" : ": not a cross-border retail import; general trade, full tax"));
        out.println("Year-to-date after release: " + a.yearToDateAfter() + " CNY");
    }
}
