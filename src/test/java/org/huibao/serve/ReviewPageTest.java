package org.huibao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.huibao.read.Readers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in headless Chromium, as a reviewer uses it: paste a draft, check, read the verdict,
 * the element checklist and the marked text, switch to English, upload a Word file, download results
 * (JSON, HTML, the annotated Word copy).
 * Needs Debian's chromium and chromium-driver; skipped without them.
 */
class ReviewPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the screenshot goes; the README's docs/serve.png is a copy of it. */
    static final Path SCREENSHOT = Path.of("target", "serve-page.png");

    private static final String TITLE = "关于2024年度安全生产工作情况的报告";
    /** Keeps Selenium's java.util.logging quiet (it warns about CDP versions); held so it is not collected. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private static ReviewServer server;
    private static ChromeDriver driver;
    private static Path profile;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        SELENIUM_LOG.setLevel(Level.OFF);
        server = ReviewServer.startInProcess(new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_MAX_UPLOAD,
                ServerSettings.DEFAULT_TIMEOUT, org.huibao.cli.Version.current()), BuiltIn.config(), BuiltIn.rules(), Readers.defaults());
        profile = Files.createTempDirectory("huibao-chromium-");
        downloads = Files.createTempDirectory("huibao-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        viewport(1280, 800);
    }

    /** --window-size counts the window, not the page: makes the page itself width × height. */
    private static void viewport(int width, int height) {
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        long innerHeight = (Long) driver.executeScript("return window.innerHeight");
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(window.width + (int) (width - innerWidth),
                window.height + (int) (height - innerHeight)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        for (Path dir : new Path[] {profile, downloads}) {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static WebElement id(String id) {
        return driver.findElement(By.id(id));
    }

    /** The page as a first-time visitor sees it: no language remembered from another test. */
    private static void open() {
        driver.get(server.uri().toString());
        driver.executeScript("localStorage.clear()");
        driver.navigate().refresh();
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    @Test
    void pasteCheckReadTheResultSwitchToEnglishAndUploadAWordFile() throws Exception {
        open();
        assertEquals("zh-CN", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("粘贴报告全文", driver.findElement(By.cssSelector("label[for=text]")).getText());
        assertEquals("button", id("check").getTagName());

        // A draft without a shortcomings part and with an unfilled date.
        String draft = Drafts.report(TITLE, new Drafts.Parts(true, false, true, "定于x月x日召开全县推进会,各乡镇要要高度重视。"));
        WebElement text = id("text");
        text.sendKeys(draft);
        assertEquals(draft.strip(), text.getDomProperty("value").strip(), "typed as pasted");
        id("check").click();
        waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
        assertEquals(1280L, driver.executeScript("return window.innerWidth"));
        assertEquals(800L, driver.executeScript("return window.innerHeight"));
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        JsonNode expected = new Http(server.uri()).postText("/api/check?name=x.txt", draft).json().at("/reports/0");
        String score = expected.at("/score").asDouble() % 1 == 0 ? String.valueOf(expected.at("/score").asInt())
                : String.format(java.util.Locale.ROOT, "%.1f", expected.at("/score").asDouble());
        assertEquals(score, id("score-value").getText());
        assertEquals("未通过", id("verdict").getText());
        assertTrue(id("blocked").getText().contains("HB301"), "the placeholder blocks a pass: " + id("blocked").getText());
        assertEquals("检查完成：" + score + " 分，未通过，" + expected.at("/findings").size() + " 个问题。",
                id("status").getDomProperty("textContent"), "announced to screen readers");
        assertEquals("polite", id("status").getDomAttribute("aria-live"));

        // The element checklist.
        WebElement shortcomings = element("shortcomings");
        assertEquals("absent", shortcomings.getDomAttribute("data-status"));
        assertTrue(shortcomings.getText().contains("存在问题") && shortcomings.getText().contains("缺失"), shortcomings.getText());
        WebElement leadership = element("leadership");
        assertNotEquals("absent", leadership.getDomAttribute("data-status"));
        assertTrue(leadership.getText().contains("组织领导") && leadership.getText().contains("有专门部分"),
                leadership.getText());
        assertNotEquals("absent", element("next_steps").getDomAttribute("data-status"));

        // The placeholder is marked in the text as an error.
        WebElement mark = driver.findElement(By.cssSelector("#text-view mark[data-rule~=HB301]"));
        assertEquals("x月x日", mark.getText());
        assertTrue(mark.getDomAttribute("class").contains("sev-error"), mark.getDomAttribute("class"));
        WebElement line = mark.findElement(By.xpath("ancestor::div[contains(@class,'line')]"));
        assertTrue(line.getText().contains("定于x月x日召开全县推进会"), line.getText());

        // Clicking the mark opens its finding with the rule's explanation.
        mark.click();
        WebElement finding = driver.findElement(By.cssSelector("details[data-rule=HB301]"));
        waiting().until(d -> finding.getDomAttribute("open") != null);
        assertTrue(finding.getText().contains("改法"), finding.getText());
        // An evidence entry takes the reader to its line.
        WebElement evidence = leadership.findElement(By.cssSelector(".evidence button"));
        evidence.click();
        String lineNo = evidence.getText().replaceAll("^第 (\\d+) 行.*$", "$1");
        waiting().until(d -> ("L" + lineNo).equals(d.switchTo().activeElement().getDomAttribute("id")));
        // The missing part is a finding in the list, about the whole report: named above the text, not painted on line 1.
        assertTrue(id("findings").getText().contains("HB102"), id("findings").getText());
        assertTrue(id("whole").getText().contains("HB102 报告没有写本单位存在的问题和不足"), id("whole").getText());
        assertTrue(driver.findElements(By.cssSelector("#text-view mark[data-rule~=HB102]")).isEmpty());
        // The excerpt shows the placeholder in its surroundings.
        assertTrue(finding.findElement(By.tagName("blockquote")).getText().contains("定于x月x日召开全县推进会"),
                finding.findElement(By.tagName("blockquote")).getText());


        // Downloads: the JSON result is the contract (no text field), the HTML report is the html format.
        id("dl-json").click();
        Path json = awaitDownload("粘贴的报告.huibao.json");
        JsonNode downloaded = new org.huibao.testing.SchemaCheckedJson().readTree(json.toFile());
        assertEquals(TITLE, downloaded.at("/reports/0/title").asText());
        assertTrue(downloaded.at("/reports/0/text").isMissingNode());
        id("dl-html").click();
        assertTrue(Files.readString(awaitDownload("粘贴的报告.huibao.html")).contains("<mark class=\"error\""));
        id("dl-docx").click();
        byte[] word = Files.readAllBytes(awaitDownload("粘贴的报告.huibao.docx"));
        assertTrue(word.length > 4 && word[0] == 'P' && word[1] == 'K', "the annotated Word copy, a zip");

        // English: the interface and the messages.
        id("lang-toggle").click();
        waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang"))
                && d.findElement(By.id("findings")).getText().contains("The report does not state"));
        assertEquals("Required elements", driver.findElement(By.cssSelector("h3[data-i18n=elementsHeading]")).getText());
        assertTrue(element("shortcomings").getText().contains("missing"), element("shortcomings").getText());
        assertEquals("Failed", id("verdict").getText());

        // A Word file, chosen with the file input.
        id("edit").click();
        Path docx = Files.createTempFile(downloads, "upload-", ".docx");
        Files.write(docx, Drafts.docx(Drafts.lines("关于2024年度消防安全工作情况的报告", new Drafts.Parts(true, true, false, ""))));
        Path named = Files.move(docx, docx.resolveSibling("消防报告.docx"));
        id("file").sendKeys(named.toAbsolutePath().toString());
        assertTrue(id("file-chip").isDisplayed());
        assertEquals("消防报告.docx", id("file-name").getText());
        id("check").click();
        waiting().until(d -> d.findElement(By.id("report-meta")).getText().contains("消防报告.docx"));
        assertEquals("absent", element("next_steps").getDomAttribute("data-status"));
        assertEquals("section", element("shortcomings").getDomAttribute("data-status"));
        assertTrue(id("text-view").getText().contains("关于2024年度消防安全工作情况的报告"));
        assertFalse(id("error").isDisplayed(), id("error").getText());
    }

    @Test
    void aFindingAboutTheWholeTextThatIsNoMissingPartIsNamedAboveTheTextToo() throws Exception {
        open();
        // A news item: HB108 (not a report) is its only finding, about the text as a whole.
        String news = org.huibao.testing.Fixtures.text("/fixtures/genres/meeting-news.txt");
        driver.executeScript("arguments[0].value = arguments[1]", id("text"), news);
        id("check").click();
        waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
        assertTrue(id("whole").isDisplayed());
        assertTrue(id("whole").getText().startsWith("关于全文") && id("whole").getText().contains("HB108"),
                id("whole").getText());
        assertTrue(driver.findElements(By.cssSelector("#text-view mark")).isEmpty(), "nothing painted on the title");
        WebElement finding = driver.findElement(By.cssSelector("details[data-rule=HB108]"));
        assertEquals("全文", finding.findElement(By.cssSelector("summary .loc")).getText());
        assertTrue(finding.findElements(By.tagName("blockquote")).isEmpty(), "no excerpt of the title");
    }

    @Test
    void emptyInputIsExplainedAndCtrlEnterChecks() {
        open();
        id("check").click();
        WebElement error = id("error");
        assertTrue(error.isDisplayed());
        assertEquals("alert", error.getDomAttribute("role"));
        assertEquals("请先粘贴报告文本或选择一个文件。", error.getText());
        // Ctrl+Enter in the text box checks; the error goes away.
        WebElement text = id("text");
        text.sendKeys("关于工作情况的报告");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
        assertFalse(error.isDisplayed());
    }

    @Test
    void onAPhoneTheResultIsNeitherCutOffNorUnderTheFooter() {
        try {
            viewport(390, 844);
            open();
            assertEquals(390L, driver.executeScript("return window.innerWidth"));
            // Findings enough to make the results taller than the screen.
            id("text").sendKeys(Drafts.report(TITLE, new Drafts.Parts(true, false, true,
                    "定于x月x日召开全县推进会,各乡镇要要高度重视。由（单位名称）牵头，××局配合，某某同志负责，共投入____万元。")));
            id("check").click();
            waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
            // One column, the results below the text; the footer after both, nothing wider than the screen.
            double resultsBottom = number("return document.getElementById('results').getBoundingClientRect().bottom");
            double sourceBottom = number("return document.querySelector('.source').getBoundingClientRect().bottom");
            double footerTop = number("return document.querySelector('footer').getBoundingClientRect().top");
            double lastBottom = number("return document.getElementById('dl-html').getBoundingClientRect().bottom");
            assertTrue(lastBottom <= resultsBottom, "the results card holds its content: the download button ends at "
                    + lastBottom + ", the card at " + resultsBottom);
            assertTrue(resultsBottom <= footerTop, "results end at " + resultsBottom + ", footer starts at " + footerTop);
            assertTrue(sourceBottom <= number("return document.getElementById('results').getBoundingClientRect().top"));
            assertTrue(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0,
                    "no sideways scrolling");
            // The last thing in the results, the download buttons, can be scrolled to and is on top there.
            driver.executeScript("document.getElementById('dl-html').scrollIntoView({block: 'center'})");
            assertEquals(Boolean.TRUE, driver.executeScript("""
                    const b = document.getElementById('dl-html').getBoundingClientRect();
                    const x = b.left + b.width / 2, y = b.top + b.height / 2;
                    return y > 0 && y < window.innerHeight && document.elementFromPoint(x, y) === document.getElementById('dl-html');
                    """), "the download button is on screen and nothing covers it");
        } finally {
            viewport(1280, 800);
        }
    }

    /**
     * The README's pictures, taken as a reviewer sees them: the page at 1400 × 900 with a finding open and
     * at 390 px scrolled to its end, the HTML report of a template full of ×× at both widths. Written to
     * target/ (page-1400.png, page-390.png, report-1400.png, report-390.png); docs/ holds copies.
     */
    @Test
    void screenshotsForTheReadme() throws Exception {
        Path target = Files.createDirectories(Path.of("target"));
        try {
            viewport(1400, 900);
            open();
            String draft = Files.readString(Path.of("examples", "待修改-主题教育开展情况汇报.txt"));
            driver.executeScript("arguments[0].value = arguments[1]", id("text"), draft);
            id("check").click();
            waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
            driver.findElement(By.cssSelector("details[data-rule=HB301] summary")).click();
            shoot(target.resolve("page-1400.png"));

            viewport(390, 844);
            driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
            assertTrue(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0,
                    "no sideways scrolling");
            shoot(target.resolve("page-390.png"));

            Path html = target.resolve("report-template.html");
            Files.write(html, new Http(server.uri()).post("/api/check?name=template.txt&format=html",
                    "text/plain; charset=utf-8", template().getBytes(java.nio.charset.StandardCharsets.UTF_8)).body()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            viewport(1400, 900);
            driver.get(html.toUri().toString());
            shoot(target.resolve("report-1400.png"));
            viewport(390, 844);
            driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
            assertTrue(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0,
                    "the report reads at a phone's width without sideways scrolling");
            shoot(target.resolve("report-390.png"));
        } finally {
            viewport(1280, 800);
        }
    }

    /** A template sent in unfilled: ×× in every line, a person left as *, the parts all there. */
    private static String template() {
        StringBuilder b = new StringBuilder("关于2024年度××工作情况的报告\n××局：\n今年以来，我局认真落实上级部署，成立由局长任组长的领导小组，党组专题研究部署3次。\n");
        for (int n = 1; n <= 15; n++) {
            b.append(n).append(n % 5 == 0 ? ". 由党委*同志负责推进。\n" : ". ××单位于×月×日完成××项目，投入资金××万元。\n");
        }
        return b.append("二、存在的问题\n理论学习不够深入，调查研究不够扎实。\n三、下一步工作打算\n")
                .append("下一步，我局将于2025年6月底前完成全部项目验收，由办公室负责。\n").toString();
    }

    private static void shoot(Path file) throws java.io.IOException {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aFindingWithAMechanicalEditShowsIt() {
        open();
        id("text").sendKeys(Drafts.report(TITLE, new Drafts.Parts(true, true, true,
                "全县各乡镇要要高度重视,在新征程上潮聚奋进力量。")));
        id("check").click();
        waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
        WebElement comma = driver.findElement(By.cssSelector("details[data-rule=HB403]"));
        assertEquals("改为：，", comma.findElement(By.cssSelector(".fix")).getDomProperty("textContent"));
        WebElement confusion = driver.findElement(By.cssSelector("details[data-rule=HB305]"));
        assertEquals("改为：凝聚", confusion.findElement(By.cssSelector(".fix")).getDomProperty("textContent"));
        // in English once the findings are shown again in English
        id("lang-toggle").click();
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("details[data-rule=HB403] .fix")).stream()
                .anyMatch(e -> "Change to: ，".equals(e.getDomProperty("textContent"))));
    }

    private static double number(String script) {
        return ((Number) driver.executeScript(script)).doubleValue();
    }

    private static WebElement element(String id) {
        return driver.findElement(By.cssSelector("#elements li[data-element=" + id + "]"));
    }

    private static Path awaitDownload(String name) {
        Path file = downloads.resolve(name);
        waiting().until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }
}
