package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @TempDir
    Path dir;

    private static JsonNode json(Cli r) throws Exception {
        assertThat(r.err()).isEmpty();
        return JSON.readTree(r.out());
    }

    /**
     * Two cosmetics at 100.00 within the limits: consumption tax 200 / 0.85 × 0.15 = 35.294… (statutory 35.29, due 70 %
     * = 24.71); VAT (200 + 35.29) × 0.13 = 30.5877 (statutory 30.59, due 70 % = 21.41); no duty.
     */
    @Test
    void cosmeticsBasketGivesTheTaxAsJsonNumbersInFen() throws Exception {
        Cli r = Cli.run("tax", "--format", "json", "--item", "cosmetics,price=100.00,qty=2");

        assertThat(r.exitCode()).isZero();
        JsonNode a = json(r);
        assertThat(a.get("limitStatus").asText()).isEqualTo("WITHIN_LIMITS");
        assertThat(a.get("retailImport").asBoolean()).isTrue();
        assertThat(a.get("dutiableValue").isNumber()).isTrue();
        assertThat(a.get("dutiableValue").decimalValue()).isEqualTo(new BigDecimal("200.00"));
        assertThat(a.at("/due/duty").decimalValue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(a.at("/due/consumptionTax").decimalValue()).isEqualTo(new BigDecimal("24.71"));
        assertThat(a.at("/due/vat").decimalValue()).isEqualTo(new BigDecimal("21.41"));
        assertThat(a.at("/due/total").decimalValue()).isEqualTo(new BigDecimal("46.12"));
        assertThat(a.at("/statutory/total").decimalValue()).isEqualTo(new BigDecimal("65.88"));
        assertThat(a.at("/lines/0/category").asText()).startsWith("high-end cosmetics");
        assertThat(a.get("rates").asText()).startsWith("SAMPLE");
        assertThat(r.out()).contains("\"total\" : 46.12").doesNotContain("E+");
    }

    @Test
    void jsonBasketFileGivesTheSameAsTheItemOptions() throws Exception {
        Path basket = Files.writeString(dir.resolve("basket.json"), """
                {"items": [{"category": "cosmetics", "name": "口红", "quantity": 2, "price": 100.00},
                           {"hsCode": "0402100000", "quantity": 3, "value": "540.00"}],
                 "freight": 30.00, "yearToDate": 1000}
                """);

        JsonNode fromFile = json(Cli.run("tax", "--format", "json", basket));
        JsonNode fromItems = json(Cli.run("tax", "--format", "json", "--item", "cosmetics,name=口红,qty=2,price=100.00",
                "--item", "0402100000,qty=3,value=540.00", "--freight", "30.00", "--year-to-date", "1000"));

        assertThat(fromFile).isEqualTo(fromItems);
        assertThat(fromFile.get("dutiableValue").decimalValue()).isEqualTo(new BigDecimal("770.00"));
        assertThat(fromFile.get("yearToDateAfter").decimalValue()).isEqualByComparingTo("1770.00");
        assertThat(fromFile.at("/lines/1/category").asText()).startsWith("milk powder");
        assertThat(fromFile.at("/lines/0/name").asText()).isEqualTo("口红");
    }

    @Test
    void basketOverTheSingleLimitExitsOneAsGeneralTradeWithDuty() throws Exception {
        Cli r = Cli.run("tax", "--format", "json", "--item", "cosmetics,price=3000.00,qty=2");

        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode a = json(r);
        assertThat(a.get("limitStatus").asText()).isEqualTo("OVER_SINGLE_LIMIT");
        assertThat(a.get("retailImport").asBoolean()).isFalse();
        assertThat(a.at("/due/duty").decimalValue()).isEqualTo(new BigDecimal("300.00"));
    }

    @Test
    void textOutputSaysTheRatesAreSamplesAndGivesTheTotal() {
        Cli r = Cli.run("tax", "--item", "cosmetics,price=100.00,qty=2");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("SAMPLE", "Tax due: 46.12 CNY (statutory 65.88)", "Limit status: WITHIN_LIMITS");
    }

    @Test
    void badItemsAndBasketsExitTwoNamingTheProblem() throws Exception {
        Cli unknownKey = Cli.run("tax", "--item", "cosmetics,colour=red,price=1.00");
        assertThat(unknownKey.exitCode()).isEqualTo(2);
        assertThat(unknownKey.err()).contains("'colour=red' is not one of");

        Cli noRates = Cli.run("tax", "--item", "spaceships,value=10.00");
        assertThat(noRates.exitCode()).isEqualTo(2);
        assertThat(noRates.err()).contains("no tax rates for line 1");

        assertThat(Cli.run("tax", "--item", "cosmetics,price=1.005").err()).contains("not whole fen");
        assertThat(Cli.run("tax", "--item", "cosmetics,qty=2").err()).contains("either price (per unit) or value");
        assertThat(Cli.run("tax", "--item", "cosmetics,price=abc").err()).contains("'abc' is not a number");

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"items\": [{\"category\": \"cosmetics\", \"price\": 1, \"colour\": 1}]}");
        Cli badField = Cli.run("tax", broken);
        assertThat(badField.exitCode()).isEqualTo(2);
        assertThat(badField.err()).contains("items[0].colour: unknown field");
        assertThat(Cli.run("tax", Files.writeString(dir.resolve("x.json"), "not json")).err()).contains("not JSON");
        assertThat(Cli.run("tax").exitCode()).isEqualTo(2);
        assertThat(Cli.run("tax", "--item", "cosmetics,value=1.00", broken).exitCode()).isEqualTo(2);
    }

    @Test
    void ratesFromACsvFileAreUsed() throws Exception {
        Path rates = Files.writeString(dir.resolve("rates.csv"), """
                key,category,dutyRate,vatRate,consumptionRate,consumptionPerUnit,consumptionUnit
                toys,toys,0.05,0.10,0,0,
                """);

        JsonNode a = json(Cli.run("tax", "--format", "json", "--rates", rates, "--item", "toys,value=100.00"));

        assertThat(a.at("/due/vat").decimalValue()).isEqualTo(new BigDecimal("7.00"));
        assertThat(a.get("rates").asText()).isEqualTo(rates.toString());
    }
}
