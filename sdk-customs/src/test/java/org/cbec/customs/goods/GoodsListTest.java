package org.cbec.customs.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.cbec.core.CebCodec;
import org.cbec.core.error.CebException;
import org.cbec.core.validation.Rule;
import org.cbec.core.validation.Severity;
import org.cbec.core.validation.Violation;
import org.cbec.customs.CebMessages;
import org.cbec.customs.codes.TradeMode;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.Inventories;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryList;
import org.cbec.customs.imports.Parcels;
import org.junit.jupiter.api.Test;

class GoodsListTest {

    private final GoodsList sample = GoodsList.sample();

    @Test
    void anInventoryWhoseCodesAreListedHasNoFinding() {
        assertThat(sample.check(Parcels.inventoryMessage())).isEmpty();
    }

    @Test
    void aLineOffTheListIsAnErrorNamingLineCodeAndRule() {
        List<Violation> v = sample.check(withCodes("3304990099", "9999999999"));

        assertThat(v).hasSize(1);
        assertThat(v.get(0).rule()).isEqualTo(Rule.GOODS_NOT_LISTED);
        assertThat(v.get(0).code()).isEqualTo("CEB-G001");
        assertThat(v.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(v.get(0).path()).isEqualTo("Inventory[1].InventoryList[2].gcode");
        assertThat(v.get(0).value()).isEqualTo("9999999999");
        assertThat(v.get(0).toString()).contains("HS code 9999999999", "CEB621", "the SAMPLE goods list");
    }

    @Test
    void severityIsConfigurable() {
        List<Violation> v = sample.withSeverity(Severity.WARNING).check(withCodes("9999999999"));
        assertThat(v).extracting(Violation::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void bondedOnlyGoodsOnADirectPurchaseInventoryBreakTheListCondition() {
        Ceb621Message direct = withCodes("2106909090");
        Ceb621Message bonded = withTradeMode(direct, TradeMode.BONDED_1210.code());

        assertThat(sample.check(direct)).extracting(Violation::code).containsExactly("CEB-G002");
        assertThat(sample.check(bonded)).isEmpty();
    }

    @Test
    void aShortCodeCoversTheCodesItStarts() {
        assertThat(sample.find("9101110000")).map(GoodsList.Entry::hsCode).contains("9101");
        assertThat(sample.contains("9102110000")).isFalse();
    }

    @Test
    void exportInventoryLinesAreCheckedToo() {
        Ceb603Message export = Ceb603Message.builder().guid("5D2C0A1E-0000-4000-8000-000000000604")
                .addInventory(Inventories.of(Inventories.head().build(), Inventories.line(1, "8518300000", "502", "1", "9.00"),
                        Inventories.line(2, "8471300000", "502", "1", "9.00")))
                .baseTransfer(Parcels.inventoryMessage().baseTransfer()).build();

        assertThat(sample.check(export)).extracting(Violation::path, Violation::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Inventory[1].InventoryList[2].gcode", "8471300000"));
    }

    @Test
    void otherMessageTypesAreNotChecked() {
        assertThat(sample.check(Parcels.paymentMessage())).isEmpty();
    }

    @Test
    void aMessageReadFromXmlGetsTheLineOfTheCode() {
        CebCodec codec = CebCodec.builder().writeCheck(CebCodec.WriteCheck.NONE).readPolicy(CebMessages.strictReading()).build();
        byte[] xml = codec.write(withCodes("3304990099", "9999999999"));
        CebCodec.Parsed<?> parsed = codec.parseAny(xml, CebMessages::resolve);

        List<Violation> v = sample.check(parsed);

        String[] lines = new String(xml, java.nio.charset.StandardCharsets.UTF_8).split("\n");
        assertThat(v).hasSize(1);
        assertThat(v.get(0).line()).isPositive();
        assertThat(lines[v.get(0).line() - 1]).contains("9999999999");
    }

    @Test
    void readsQuotedCellsAndSkipsCommentsAndTheBom() {
        GoodsList list = GoodsList.fromCsv(new StringReader("\uFEFF# mine\nhsCode,name,note\n"
                + "3304990099,\"化妆品, 护肤品\",\"首次进口需注册\"\n\n0402210000,乳粉,\n"));

        assertThat(list.size()).isEqualTo(2);
        assertThat(list.find("3304990099")).map(GoodsList.Entry::name).contains("化妆品, 护肤品");
        assertThat(list.find("3304990099")).map(GoodsList.Entry::note).contains("首次进口需注册");
    }

    @Test
    void malformedListsNameTheLine() {
        assertThatThrownBy(() -> GoodsList.fromCsv(new StringReader("code,name\n")))
                .isInstanceOf(CebException.class).hasMessageContaining("line 1").hasMessageContaining("hsCode,name,note");
        assertThatThrownBy(() -> GoodsList.fromCsv(new StringReader("hsCode,name,note\n33049900,a,\n33049900,b,\n")))
                .hasMessageContaining("line 3").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> GoodsList.fromCsv(new StringReader("hsCode,name,note\n33O4,a,\n")))
                .hasMessageContaining("line 2").hasMessageContaining("4 to 10 digits");
        assertThatThrownBy(() -> GoodsList.fromCsv(new StringReader("hsCode,name,note\n3304,\"a,\n")))
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> GoodsList.fromCsv(new StringReader("hsCode,name,note\n3304,a\n")))
                .hasMessageContaining("expected 3 cells");
    }

    private static Ceb621Message withCodes(String... codes) {
        Inventory base = Parcels.inventory();
        InventoryList template = base.inventoryList().get(0);
        Inventory.Builder b = base.toBuilder().inventoryList(List.of());
        for (int i = 0; i < codes.length; i++) {
            b.addInventoryList(template.toBuilder().gnum(i + 1).gcode(codes[i]).build());
        }
        return Parcels.inventoryMessage().toBuilder().inventorys(List.of(b.build())).build();
    }

    private static Ceb621Message withTradeMode(Ceb621Message m, String tradeMode) {
        Inventory inv = m.inventorys().get(0);
        return m.toBuilder().inventorys(List.of(inv.toBuilder()
                .inventoryHead(inv.inventoryHead().toBuilder().tradeMode(tradeMode).build()).build())).build();
    }
}
