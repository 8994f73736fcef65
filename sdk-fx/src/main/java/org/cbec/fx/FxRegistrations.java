package org.cbec.fx;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The platform's forwarding of its sellers' FX registrations (贸易外汇收支名录登记) as a documented batch: CSV or JSON,
 * one record per {@link TradeFxRegistration}, unmasked (the receiving side needs the identity in clear; store and send
 * the files as personal data), in a fixed column order:
 * {@code registrantType} ({@code ENTERPRISE} / {@code INDIVIDUAL}), {@code name} (名称 / 姓名), {@code idType} (证件类型:
 * {@code USCC} or the customs 证件类型 code), {@code idNumber} (统一社会信用代码 / 证件号码), {@code telephone} (联系电话),
 * {@code address} (地址), {@code platformCode} (电商平台代码), {@code platformName} (电商平台名称), {@code sellerId}
 * (平台店铺账号), {@code registeredOn} (登记日期, ISO-8601 date), {@code ecommerceSettlement} (个人电商结算,
 * {@code true} / {@code false}).
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("fx-registrations-2026-11.csv"))) {
 *     FxRegistrations.writeCsv(registrations, w);
 * }
 * FxRegistrations.writeJson(registrations, w); // [{"registrantType":"INDIVIDUAL","name":"李四",…}]
 * }</pre>
 */
public final class FxRegistrations {

    /** The columns of the CSV export and the properties of the JSON export, in order. */
    public static final List<String> COLUMNS = List.of("registrantType", "name", "idType", "idNumber", "telephone",
            "address", "platformCode", "platformName", "sellerId", "registeredOn", "ecommerceSettlement");

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private FxRegistrations() {
    }

    /** RFC 4180 CSV with a header line and CRLF line ends, like {@link FxRecords#writeCsv}. The writer is not closed. */
    public static void writeCsv(List<TradeFxRegistration> registrations, Writer out) throws IOException {
        FxRecords.writeCsvRows(COLUMNS, registrations.stream().map(FxRegistrations::values).toList(), out);
    }

    /** A JSON array of objects with the {@link #COLUMNS}; {@code ecommerceSettlement} is a JSON boolean. */
    public static void writeJson(List<TradeFxRegistration> registrations, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            for (TradeFxRegistration r : registrations) {
                String[] v = values(r);
                g.writeStartObject();
                for (int i = 0; i < v.length - 1; i++) {
                    g.writeStringField(COLUMNS.get(i), v[i]);
                }
                g.writeBooleanField("ecommerceSettlement", r.ecommerceSettlement());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.flush();
    }

    private static String[] values(TradeFxRegistration r) {
        return new String[] {r.registrantType().name(), r.name(), r.idType(), r.idNumber(), r.telephone(), r.address(),
            r.platformCode(), r.platformName(), r.sellerId(), r.registeredOn().toString(),
            Boolean.toString(r.ecommerceSettlement())};
    }
}
