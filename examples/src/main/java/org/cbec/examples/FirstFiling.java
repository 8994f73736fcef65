package org.cbec.examples;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.cbec.client.CebClient;
import org.cbec.client.ClientConfig;
import org.cbec.client.SenderProfile;
import org.cbec.client.Stores;
import org.cbec.client.Transports;
import org.cbec.client.status.Status;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.validation.ValidationReport;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.IdType;
import org.cbec.customs.codes.ImportOrderType;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.OrderHead;
import org.cbec.customs.imports.OrderList;
import org.cbec.mock.MockSingleWindow;
import org.cbec.mock.TestKeys;

/** A first filing: build an import order, validate it, sign it with a test key and file it to a mock until ENTERED (120). */
public final class FirstFiling {

    public static void main(String[] args) throws InterruptedException {
        System.out.println("final status: " + file());
    }

    public static Status file() throws InterruptedException {
        // 1. Build an import order (CEB311); amounts in CNY, appTime in China time
        Ceb311Message order = Ceb311Message.builder()
                .guid(UUID.randomUUID().toString().toUpperCase(Locale.ROOT))
                .addOrder(Order.builder()
                        .orderHead(OrderHead.builder()
                                .guid(UUID.randomUUID().toString().toUpperCase(Locale.ROOT))
                                .appType(AppType.ADD).appStatus(AppStatus.DECLARE).orderType(ImportOrderType.IMPORT)
                                .appTime(CustomsTime.now(Clock.systemUTC())).orderNo("ORDER-2026-0001")
                                .ebpCode("1105910159").ebpName("示例跨境电商平台有限公司")
                                .ebcCode("1105910159").ebcName("示例跨境电商平台有限公司")
                                .goodsValue(new BigDecimal("100.00")).freight(new BigDecimal("10.00"))
                                .discount(new BigDecimal("0.00")).taxTotal(new BigDecimal("10.01"))
                                .acturalPaid(new BigDecimal("120.01"))
                                .buyerRegNo("buyer-0001").buyerName("张三").buyerTelephone("13522652231")
                                .buyerIdType(IdType.RESIDENT_ID_CARD).buyerIdNumber("110101199003074514")
                                .consignee("张三").consigneeTelephone("13522652231").consigneeAddress("北京市海淀区中关村大街1号")
                                .build())
                        .addOrderList(OrderList.builder().gnum(1).itemNo("SKU-1").itemName("面霜 50ml").gmodel("50ml/瓶")
                                .unit("007").qty(new BigDecimal("2")).price(new BigDecimal("50.00"))
                                .totalPrice(new BigDecimal("100.00")).country("116").build())
                        .build())
                .baseTransfer(BaseTransfer.builder().copCode("1105910159").copName("示例跨境电商平台有限公司").dxpId("DXPENT0000458763").build())
                .build();

        // 2. Validate: every finding names the field path, the spec's field name and the rule
        ValidationReport report = CebCodec.ofDefaults().validate(order);
        report.violations().forEach(System.out::println);
        if (!report.isValid()) {
            return Status.CREATED;
        }

        // 3. Sign with a throwaway key (its certificate says TEST) and file to a mock Single Window on loopback
        TestKeys.TestKey key = TestKeys.sm2();
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(key.certificate()).receiptDelay(Duration.ofMillis(10)).start();
             CebClient client = CebClient.builder()
                     .sender(new SenderProfile("DXPENT0000458763", "1105910159", "示例跨境电商平台有限公司"))
                     .signer(key.xmlSigner())
                     .transport(Transports.http(mock.httpTransport()))
                     .store(Stores.inMemory())
                     .config(ClientConfig.forMockTests())
                     .listener((guid, status, receipt) -> System.out.println(guid + " -> " + status))
                     .build()) {
            return client.submit(order).await(Status.ENTERED, Duration.ofSeconds(10));
        }
    }
}
