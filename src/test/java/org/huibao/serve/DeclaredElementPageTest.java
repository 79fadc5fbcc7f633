package org.huibao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.read.Readers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page of a server whose configuration declares an element of the office's own: the checklist
 * and the breakdown name it, and its missing finding is about the whole report. Needs Debian's chromium
 * and chromium-driver; skipped without them.
 */
class DeclaredElementPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Keeps Selenium's java.util.logging quiet; held so it is not collected. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private static final String CONFIG = """
            elements:
              lianzheng:
                name: {zh: 党风廉政建设, en: Party conduct and integrity}
                rule: XB101
                heading: 廉政建设
                body: 党风廉政建设
                scored: 1
            """;

    private static ReviewServer server;
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        SELENIUM_LOG.setLevel(Level.OFF);
        Config config = ConfigLoader.load(CONFIG, "office.yaml");
        server = ReviewServer.startInProcess(new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_MAX_UPLOAD,
                ServerSettings.DEFAULT_TIMEOUT, org.huibao.cli.Version.current()), config,
                RuleLoader.load(config, List.of()), Readers.defaults());
        profile = Files.createTempDirectory("huibao-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--lang=zh-CN", "--user-data-dir=" + profile);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theChecklistAndTheBreakdownNameTheOfficesElement() {
        driver.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        String draft = Drafts.report("关于2024年度党建工作情况的报告", new Drafts.Parts(true, true, true, ""));
        driver.findElement(By.id("text")).sendKeys(draft);
        driver.findElement(By.id("check")).click();
        wait.until(d -> d.findElement(By.id("result")).isDisplayed());

        List<String> order = driver.findElements(By.cssSelector("#elements li[data-element]")).stream()
                .map(e -> e.getDomAttribute("data-element")).toList();
        assertEquals(List.of("leadership", "shortcomings", "next_steps", "lianzheng"), order);
        WebElement own = driver.findElement(By.cssSelector("#elements li[data-element=lianzheng]"));
        assertEquals("absent", own.getDomAttribute("data-status"));
        assertTrue(own.getText().contains("党风廉政建设") && own.getText().contains("缺失"), own.getText());
        assertTrue(driver.findElement(By.id("whole")).getText().contains("XB101 报告没有写党风廉政建设"),
                driver.findElement(By.id("whole")).getText());
        // the breakdown is folded away: read its rows' text
        String breakdown = driver.findElement(By.id("breakdown")).getDomProperty("textContent");
        assertTrue(breakdown.contains("党风廉政建设"), breakdown);
    }
}
