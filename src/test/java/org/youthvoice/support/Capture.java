package org.youthvoice.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a browser test keeps of every page it visits: a screenshot under {@code target/screenshots/<test>/} (CI keeps
 * it as an artifact) and the HTML the server sent under {@code target/html/<test>/}, for the Nu Html Checker.
 */
public final class Capture {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path HTML = Path.of("target", "html");

    private final String test;

    private Capture(String test) {
        this.test = test;
    }

    /** A fresh capture: what an earlier run left under this test's name is removed. */
    public static Capture of(String test) {
        Browser.deleteTree(SCREENSHOTS.resolve(test));
        Browser.deleteTree(HTML.resolve(test));
        return new Capture(test);
    }

    public Path htmlDir() {
        return HTML.resolve(test);
    }

    /** Saves the screenshot and the sent HTML of the browser's current page as {@code <lang>-<step>}. */
    public void page(Browser browser, String lang, String step) {
        screenshot(browser, lang, step);
        write(htmlDir().resolve(lang + "-" + step + ".html"), browser.sentHtml().getBytes(StandardCharsets.UTF_8));
    }

    /** Saves only the screenshot, for pages that are not ours to validate. */
    public void screenshot(Browser browser, String lang, String step) {
        write(SCREENSHOTS.resolve(test).resolve(lang + "-" + step + ".png"), browser.screenshot());
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
