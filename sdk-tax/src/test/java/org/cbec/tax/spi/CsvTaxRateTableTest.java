package org.cbec.tax.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cbec.core.error.CebException;
import org.cbec.tax.TaxRateTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTaxRateTableTest extends TaxRateTableContractTest {

    static final String CSV = """
            # test rates
            key,category,dutyRate,vatRate,consumptionRate,consumptionPerUnit,consumptionUnit
            cosmetics,化妆品,0.05,0.13,0.15,,
            3304,化妆品,0.05,0.13,0.15,0,
            330499,other make-up,0.05,0.13,0,0,

            2203,beer,0,0.13,0,250,tonne
            """;

    @TempDir
    Path dir;

    @Override
    protected TaxRateTable table() {
        try {
            Path file = dir.resolve("rates.csv");
            Files.writeString(file, CSV, StandardCharsets.UTF_8);
            return TaxRateTables.fromCsv(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theLongestPrefixWins() {
        assertThat(table().find("3304990000").orElseThrow().category()).isEqualTo("other make-up");
        assertThat(table().find("3304100091").orElseThrow().category()).isEqualTo("化妆品");
    }

    @Test
    void malformedLinesAreReportedWithTheirNumber() {
        assertThatThrownBy(() -> TaxRateTables.fromCsv(new StringReader(CSV + "9101,watches,0.1,0.13,1.5,0,\n")))
                .isInstanceOf(CebException.class).hasMessageContaining("line 8").hasMessageContaining("consumptionRate");
        assertThatThrownBy(() -> TaxRateTables.fromCsv(new StringReader(CSV + "2203,beer,0,0.13,0,250,tonne\n")))
                .hasMessageContaining("line 8").hasMessageContaining("duplicate key 2203");
        assertThatThrownBy(() -> TaxRateTables.fromCsv(new StringReader("a,b\n")))
                .hasMessageContaining("line 1").hasMessageContaining("header");
        assertThatThrownBy(() -> TaxRateTables.fromCsv(new StringReader(CSV + "4901,books,x,0.09,0,0,\n")))
                .isInstanceOf(CebException.class).hasMessageContaining("line 8");
    }
}
