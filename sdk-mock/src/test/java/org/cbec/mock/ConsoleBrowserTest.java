package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cbec.client.CebClient;
import org.cbec.client.ClientListener;
import org.cbec.client.status.Status;
import org.cbec.client.Submission;
import org.cbec.client.Stores;
import org.cbec.client.Transports;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console at {@code /admin} in a real headless Chromium: a message a real {@link CebClient} files appears without
 * a reload and its timeline advances to the end of its receipt table; a fault enqueued on the page reaches the client as a retry; the
 * masked body never shows a whole ID number; a held message is released by keyboard; the controls ask for the admin
 * token when the mock has one. Screenshots of the main views go to {@code target/console-screenshots}.
 */
@Tag("external-tools")
@Timeout(120)
class ConsoleBrowserTest {

    private static final String BUYER_ID = "110101199003074514";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path profile;
    /** One browser for the class (starting one takes seconds); each test opens its own mock, a new origin. */
    private static ChromeDriver browser;
    @TempDir
    Path dir;
    private final List<String> clientEvents = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void openBrowser() {
        browser = Chromium.start(profile);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private CebClient client(MockSingleWindow mock) {
        ClientListener events = new ClientListener() {
            @Override
            public void sendStarted(String guid, int attempt) {
                clientEvents.add("send started");
            }

            @Override
            public void sent(String guid, int attempt, Duration took) {
                clientEvents.add("sent on attempt " + attempt);
            }
        };
        return FastClients.client(Transports.http(mock.httpTransport()), Stores.h2(dir.resolve("store")), events);
    }

    /** Waits for a condition; the live list re-renders rows as receipts go out, so a stale element is tried again. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String text(By by) {
        return waiting().until(d -> d.findElement(by).getText());
    }

    @SuppressWarnings("unchecked")
    private List<String> timelineStatuses() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#timeline li')).map(li => li.dataset.status);");
    }

    private void open(MockSingleWindow mock) {
        browser.get(mock.adminUrl().toString());
        waiting().until(d -> d.findElement(By.id("live")).getText().startsWith("live"));
        ((JavascriptExecutor) browser).executeScript("window.__sameDocument = 'yes';"); // gone if the page reloads
    }

    private boolean sameDocument() {
        return "yes".equals(((JavascriptExecutor) browser).executeScript("return window.__sameDocument;"));
    }

    private WebElement row(String guid) {
        return waiting().until(d -> d.findElements(By.cssSelector("#messages tbody tr[data-guid='" + guid + "']")).stream().findFirst()
                .orElse(null));
    }

    @Test
    void aMessageFiledByACebClientAppearsWithoutReloadAndItsTimelineAdvancesToTheEndOfItsReceiptTable() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().receiptDelay(Duration.ofMillis(400)).start(); CebClient client = client(mock)) {
            open(mock);
            Submission order = client.submit(Orders.valid());

            waiting().until(d -> {
                row(order.guid()).click();
                return true;
            });
            waiting().until(d -> !d.findElements(By.cssSelector("#timeline li[data-status='120'][data-state='sent']")).isEmpty());

            assertThat(sameDocument()).as("the page was not reloaded").isTrue();
            assertThat(order.await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);
            assertThat(timelineStatuses()).containsExactly("2", "120"); // an order's receipt table ends at 120
            By statusCell = By.cssSelector("#messages tr[data-guid='" + order.guid() + "'] td.status");
            waiting().until(d -> text(statusCell).startsWith("120")); // the list refreshes on its own poll, after the timeline
            assertThat(text(statusCell)).startsWith("120 海关入库");
            assertThat(text(By.id("signature"))).contains("valid", "SM2_SM3", "EMBEDDED_UNTRUSTED");
            assertThat(text(By.id("zone"))).contains("China time");
            Chromium.screenshot(browser, "console-message");
        }
    }

    @Test
    void aFaultEnqueuedOnThePageIsSeenByTheClientAsARetry() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().receiptDelay(Duration.ofMillis(50)).start(); CebClient client = client(mock)) {
            open(mock);
            new Select(browser.findElement(By.id("fault-kind"))).selectByValue("http-status");
            WebElement status = browser.findElement(By.id("fault-status"));
            status.clear();
            status.sendKeys("503");
            browser.findElement(By.id("fault-submit")).click();
            waiting().until(d -> d.findElement(By.id("queued")).getText().contains("fault: HTTP 503"));

            Submission order = client.submit(Orders.valid());

            assertThat(order.await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);
            assertThat(clientEvents).as("the 503 was retried with the same bytes").containsExactly("send started", "send started", "sent on attempt 1");
            assertThat(mock.received()).singleElement().satisfies(m -> assertThat(m.guid()).isEqualTo(order.guid()));
            waiting().until(d -> d.findElement(By.id("queued")).getText().equals("nothing"));
            row(order.guid());
            assertThat(sameDocument()).isTrue();
        }
    }

    @Test
    void theMaskedBodyAndTheParcelNeverShowAWholeIdNumber() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().receiptDelay(Duration.ofMillis(50)).start(); CebClient client = client(mock)) {
            open(mock);
            List<Submission> parcel = List.of(client.submit(Orders.valid()), client.submit(Parcels.paymentMessage()),
                    client.submit(Parcels.waybillMessage()), client.submit(Parcels.inventoryMessage()));
            for (Submission s : parcel) {
                s.await(Status.RELEASED, WAIT);
                assertThat(s.isFinal()).as(s.messageType() + " at the end of its receipt table").isTrue();
            }
            assertThat(parcel.get(3).status()).isEqualTo(Status.RELEASED);

            waiting().until(d -> {
                row(parcel.get(0).guid()).click();
                return true;
            });
            waiting().until(d -> d.findElement(By.id("body")).getText().contains("订购人证件号码"));
            String body = text(By.id("body"));
            Chromium.screenshot(browser, "console-body");
            browser.findElement(By.cssSelector("#parcel-links button")).click();
            waiting().until(d -> d.findElement(By.id("taxbill")).getText().contains("CEB816Message"));
            String parcelView = text(By.id("parcel"));
            ((JavascriptExecutor) browser).executeScript("document.getElementById('parcel').scrollIntoView()");
            Chromium.screenshot(browser, "console-parcel");

            assertThat(body).contains("buyerIdNumber", "订购人证件号码", "110***********4514").doesNotContain(BUYER_ID);
            assertThat(parcelView).contains("CEB311Message", "CEB411Message", "CEB511Message", "CEB621Message", "电子税单")
                    .doesNotContain(BUYER_ID);
            assertThat(browser.findElements(By.cssSelector("#parcel-docs .panel"))).hasSize(4);
            assertThat(browser.getPageSource()).doesNotContain(BUYER_ID);
        }
    }

    @Test
    void aHeldMessageIsFoundAndReleasedWithTheKeyboard() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().receiptDelay(Duration.ofMillis(50)).start(); CebClient client = client(mock)) {
            open(mock);
            new Select(browser.findElement(By.id("scenario-name"))).selectByValue("hold");
            browser.findElement(By.id("scenario-submit")).click();
            waiting().until(d -> d.findElement(By.id("queued")).getText().contains("scenario: hold"));
            Submission order = client.submit(Orders.valid());
            assertThat(order.await(Status.DECLARING, WAIT)).isEqualTo(Status.DECLARING); // held at 2

            browser.findElement(By.tagName("body")).sendKeys("/");
            browser.switchTo().activeElement().sendKeys(Orders.valid().orders().get(0).orderHead().orderNo());
            waiting().until(d -> d.findElements(By.cssSelector("#messages tbody tr")).size() == 1);
            browser.switchTo().activeElement().sendKeys(Keys.TAB, Keys.TAB); // the sender filter, then the only row
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            WebElement release = waiting().until(d -> d.findElement(By.id("release")).isDisplayed() ? d.findElement(By.id("release")) : null);
            Chromium.screenshot(browser, "console-held");
            release.sendKeys(Keys.ENTER);

            assertThat(order.await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);
            waiting().until(d -> !d.findElements(By.cssSelector("#timeline li[data-status='120'][data-state='sent']")).isEmpty());
            assertThat(browser.findElement(By.id("control-result")).getText()).isEqualTo("Released by hand.");
        }
    }

    @Test
    void theControlsAskForTheAdminTokenWhenTheMockHasOne() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().adminToken("browser-test-token").start()) {
            open(mock);
            waiting().until(d -> d.findElement(By.id("token-box")).isDisplayed());
            browser.findElement(By.id("fault-submit")).click();
            waiting().until(d -> d.findElement(By.id("control-result")).getText().contains("admin token"));
            assertThat(mock.adminToken()).contains("browser-test-token");

            browser.findElement(By.id("token")).sendKeys("browser-test-token", Keys.TAB);
            browser.findElement(By.id("fault-submit")).click();

            waiting().until(d -> d.findElement(By.id("queued")).getText().contains("fault: HTTP 503"));
        }
    }
}
