package org.permitdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.permitdesk.testing.TestDb;

/**
 * The public web view in a real browser: Debian's Chromium, headless, through chromium-driver (.ci/run installs both
 * when missing; without them this test is skipped, except under CI where it fails). A visitor's way from an address
 * to a permit's inspections, the CSV downloads, axe-core's WCAG 2.1 AA checks on every page, and a 320 px wide window.
 */
@Tag("browser")
class WebBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path downloads;

    private static TestDb db;
    private static PublicWeb web;
    private static WebDriver browser;
    private static String base;

    @BeforeAll
    static void start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        assumeTrue(installed || TestDb.postgresRequired(), "chromium and chromium-driver are not installed");
        db = TestDb.create(TestDb.Kind.H2);
        WebTestData.seed(db.database());
        WebTestData.publishToday(db.database(), true);
        web = new PublicWeb(db.database(), WebTestData.CLOCK, WebSettings.local(0).withRequestsPerMinute(0));
        base = "http://127.0.0.1:" + web.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aVisitorSearchesAnAddressAndReadsThePermitsInspections() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base + "/");
        browser.findElement(By.id("q")).sendKeys("1200 main");
        browser.findElement(By.cssSelector("form.search button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("q=1200"));
        assertTrue(browser.getCurrentUrl().endsWith("/search?q=1200+main"), "a search has its own URL");
        browser.findElement(By.linkText(WebTestData.ISSUED)).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getTitle().startsWith("Permit "));
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Footing / foundation") && page.contains("Failed")
                && page.contains("CRC R602.10: Complete wall bracing"), page);
        assertTrue(page.contains("Ray Whitfield"), page);
    }

    @Test
    void theCsvFilesDownload() throws Exception {
        browser.get(base + "/issued-finaled?from=2026-11-01&to=2026-11-30");
        browser.findElement(By.linkText("Download this list (CSV)")).click();
        Path list = waitForFile("issued-finaled-2026-11-01-to-2026-11-30.csv");
        assertTrue(Files.readString(list).startsWith("section,permit_number"), Files.readString(list));
        browser.get(base + "/");
        browser.findElement(By.linkText("Open data (CSV)")).click();
        Path openData = waitForFile("permits.csv");
        assertTrue(Files.readString(openData).startsWith("PermitNum,"), Files.readString(openData));
    }

    @Test
    void everyPageHasNoAccessibilityViolationsAndReflowsAt320Pixels() {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 320}) {
            browser.manage().window().setSize(new Dimension(width, 800));
            for (String path : List.of("/", "/search?q=main", "/search?q=zz", "/search?q=a",
                    "/permits/" + WebTestData.ISSUED, "/permits/" + WebTestData.VOIDED,
                    "/permits/" + WebTestData.FINALED, "/issued-finaled?from=2026-11-01&to=2026-11-30",
                    "/issued-finaled?from=2026-11-30&to=2026-11-01", "/permits/nope", "/nowhere")) {
                browser.get(base + path);
                Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(browser);
                if (results.getPasses().isEmpty()) {
                    problems.add(width + "px " + path + ": axe checked nothing");
                }
                for (Rule violation : results.getViolations()) {
                    problems.add(width + "px " + path + ": " + violation.getId() + " " + violation.getHelp());
                }
                Object overflow = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                Object viewport = ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
                if (((Number) viewport).intValue() > width) {
                    problems.add(width + "px " + path + ": the window is " + viewport + " px wide");
                }
                if (((Number) overflow).intValue() > 0) {
                    problems.add(width + "px " + path + ": scrolls sideways by " + overflow + " px");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Path waitForFile(String name) throws Exception {
        Path file = downloads.resolve(name);
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(200);
        }
        try (Stream<Path> files = Files.list(downloads)) {
            assertTrue(Files.exists(file), name + " not downloaded; the folder has " + files.toList());
        }
        return file;
    }
}
