package org.cbec.mock;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, for the console's browser tests (tag {@code external-tools}). When
 * the browser or its driver is missing or cannot start, the test fails with a message naming the packages, never
 * skips.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String INSTALL = "the console's browser tests need Debian's chromium and chromium-driver "
            + "(/usr/bin/chromium, /usr/bin/chromedriver): apt-get install -y chromium chromium-driver";

    private Chromium() {
    }

    /** A fresh headless browser (its own empty profile in {@code profile}), 1440×900: a laptop screen. */
    static ChromeDriver start(Path profile) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new AssertionError(INSTALL + "; missing: " + (Files.isExecutable(BROWSER) ? DRIVER : BROWSER));
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1440,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60)).build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            return driver;
        } catch (RuntimeException e) {
            throw new AssertionError(INSTALL + "; it did not start: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Saves a screenshot as {@code target/console-screenshots/NAME.png}; returns the file. */
    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "console-screenshots");
        Files.createDirectories(dir);
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path to = dir.resolve(name + ".png");
        Files.copy(png.toPath(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return to;
    }
}
