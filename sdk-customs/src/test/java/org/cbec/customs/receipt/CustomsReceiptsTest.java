package org.cbec.customs.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;

import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.CebMessages;
import org.cbec.customs.codes.ProcessingErrors;
import org.cbec.customs.codes.ReturnStatus;
import org.cbec.customs.imports.ImportMessages;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomsReceiptsTest {

    private static CebMessage sample(String type) throws Exception {
        byte[] xml = Files.readAllBytes(OfficialSpec.sample("import/" + type + "Message.xml"));
        return (CebMessage) CebCodec.ofDefaults().parseAny(xml, CebMessages::resolve).message();
    }

    @Test
    void inventoryReceiptNamesTheInventoryByCopNoAndPreNoWithStatusAndMillisecondTime() throws Exception {
        List<CustomsReceipt> receipts = CustomsReceipts.of(sample("CEB622"));

        assertThat(receipts).hasSize(10).allSatisfy(r -> assertThat(r.messageType()).isEqualTo("CEB622"));
        CustomsReceipt first = receipts.get(0);
        assertThat(first.copNo()).isEqualTo("cop2016032211000");
        assertThat(first.preNo()).isEqualTo("B20160512000001882");
        assertThat(first.orderNo()).isNull();
        assertThat(first.status().status()).contains(ReturnStatus.STORED);
        assertThat(first.status().text()).isEqualTo("电子口岸已暂存");
        assertThat(first.returnTime()).isEqualTo(LocalDateTime.of(2016, 5, 12, 10, 26, 46, 1_000_000));
        assertThat(first.returnInfo()).isEqualTo("暂存");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CEB312", "CEB412", "CEB512", "CEB514", "CEB622", "CEB624", "CEB626", "CEB712"})
    void everyImportReceiptSampleGivesTypedLines(String type) throws Exception {
        assertThat(CustomsReceipts.of(sample(type))).isNotEmpty().allSatisfy(r -> {
            assertThat(r.messageType()).isEqualTo(type);
            assertThat(r.guid()).isNotNull();
            assertThat(r.returnTime()).isNotNull();
        });
    }

    @Test
    void orderAndPaymentReceiptsNameTheirDocuments() throws Exception {
        assertThat(CustomsReceipts.of(sample("CEB312")).get(0).orderNo()).isNotBlank();
        assertThat(CustomsReceipts.of(sample("CEB412")).get(0).payTransactionId()).isNotBlank();
        assertThat(CustomsReceipts.of(sample("CEB512")).get(0).logisticsNo()).isNotBlank();
    }

    @Test
    void negativeStatusIsAProcessingErrorWithItsChapterSevenText() {
        CustomsReceipt r = CustomsReceipts.of(ImportMessages.formatReceipt()).get(0);

        assertThat(r.messageType()).isEqualTo("CEB900");
        assertThat(r.status().isProcessingError()).isTrue();
        assertThat(r.status().status()).isEmpty();
        assertThat(r.status().text()).isEqualTo("参数校验不通过，*");
        assertThat(r.returnTime().getNano()).isEqualTo(789_000_000);
    }

    @Test
    void unknownCodesAreKeptAndNamedAsUnknown() {
        assertThat(ReceiptStatus.of("18").status()).isEmpty();
        assertThat(ReceiptStatus.of("18").text()).isEqualTo("未知回执状态 18");
        assertThat(ReceiptStatus.of("-999999").isProcessingError()).isTrue();
    }

    @Test
    void processingErrorsAreLookedUpByCode() {
        assertThat(ProcessingErrors.find("-621005")).hasValueSatisfying(e -> assertThat(e.text()).isEqualTo("清单[*]的购买金额超过单笔限额[[*]]"));
        assertThat(ProcessingErrors.find("-10102")).hasValueSatisfying(e -> assertThat(e.text()).isEqualTo("无效企业代码"));
        assertThat(ProcessingErrors.all()).hasSizeGreaterThan(150).allSatisfy(e -> assertThat(e.code()).startsWith("-"));
    }

    @Test
    void aMessageThatIsNoReceiptHasNoLines() {
        assertThat(CustomsReceipts.of(Orders.valid())).isEmpty();
    }
}
