package org.youthvoice.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium in a 360×640 phone-sized window, driven through Debian's chromedriver (Selenium Manager
 * never downloads anything), with JavaScript on or off and the browser's languages set, so that staff pages, which
 * follow Accept-Language, come in the language under test.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final int WIDTH = 360;
    public static final int HEIGHT = 640;
    /** Staff pages, the meeting view and the printable report are read on a computer or a room's screen. */
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 800;

    /** Selenium warns at every start that it has no DevTools bindings for this Chromium; none are used here. */
    private static final java.util.logging.Logger CDP_VERSION_WARNING = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final Path profile;
    private int width = WIDTH;
    private int height = HEIGHT;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium with JavaScript on or off and the given language first in Accept-Language. */
    public static Browser start(boolean javascript, String lang) {
        Prerequisites.require(CHROMIUM, "Chromium", "apt-get install chromium");
        Prerequisites.require(CHROMEDRIVER, "chromedriver", "apt-get install chromium-driver");
        CDP_VERSION_WARNING.setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("youthvoice-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, "--lang=" + lang);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("intl.accept_languages", lang);
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        // The network log is where the sent HTML and the bytes over the wire are read from (see NetworkLog).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Browser browser = new Browser(driver, profile);
        // Headless Chromium keeps windows at least 500 px wide: the viewport is set through the DevTools protocol.
        browser.viewport(WIDTH, HEIGHT);
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** The text of an element as written in the page (Selenium's getText would turn no-break spaces into spaces). */
    public String text(String css) {
        return (String) driver.executeScript("return arguments[0].textContent.trim()", find(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks a submit button or link and waits for the next page. */
    public void clickAndWait(WebElement element) {
        String before = document();
        element.click();
        waitForNextPage(before);
    }

    /** What tells this document from the next one: the time its navigation started. */
    public String document() {
        return String.valueOf(driver.executeScript("return performance.timeOrigin"));
    }

    /** Waits until a document other than {@code before} has loaded. */
    public void waitForNextPage(String before) {
        // While the next page replaces this one the driver may answer with errors about vanished nodes: wait them out.
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(20)).ignoring(WebDriverException.class)
                .until(d -> !before.equals(document()) && "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** Whether page scripts run: a data: page that sets its own title when they do. */
    public boolean javascriptRuns() {
        driver.get("data:text/html,<title>off</title><script>document.title='on'</script>");
        return "on".equals(driver.getTitle());
    }

    /** The HTML of the current page as the server sent it (not the DOM the browser made of it). */
    public String sentHtml() {
        return NetworkLog.sentHtml(driver);
    }

    /** The requests finished since the network log was last read: address and bytes over the wire. */
    public List<String> finishedRequests() {
        return NetworkLog.finishedRequests(driver);
    }

    /**
     * A PNG of the whole page at the window's width, as tall as its content. (DevTools' capture beyond the viewport
     * shifts right-to-left pages, so the window is made as tall as the page for the shot instead.)
     */
    @SuppressWarnings("unchecked")
    public byte[] screenshot() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        int height = ((Number) ((Map<String, Object>) metrics.get("cssContentSize")).get("height")).intValue();
        if (height <= this.height) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
        metrics(width, height);
        try {
            return driver.getScreenshotAs(OutputType.BYTES);
        } finally {
            metrics(width, this.height);
        }
    }

    /** Sets the size of the window's viewport, e.g. a desktop's for staff pages or a room's screen for the meeting view. */
    public void viewport(int width, int height) {
        this.width = width;
        this.height = height;
        metrics(width, height);
    }

    private void metrics(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The computed writing direction of the root, body, main and every question of the page, as "element=direction". */
    @SuppressWarnings("unchecked")
    public List<String> directions() {
        return (List<String>) driver.executeScript("var els = [document.documentElement, document.body, document.querySelector('main')]"
                + ".concat(Array.prototype.slice.call(document.querySelectorAll('.q')));"
                + "return els.map(function (e) { return e === null ? 'main=missing'"
                + " : e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className.replace(/ /g, '.') : '')"
                + " + '=' + getComputedStyle(e).direction; });");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
