package org.youthvoice.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Chromium's DevTools network events, as chromedriver's performance log collects them: plain DevTools protocol, so it
 * does not depend on Selenium knowing this Chromium's version. Reading the log empties it.
 */
final class NetworkLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NetworkLog() {
    }

    /**
     * The HTML of the current page as the server sent it. Pages come with {@code Cache-Control: no-store}, so the body
     * is asked of the network agent, which keeps it, rather than the page's resources, which do not.
     */
    static String sentHtml(ChromeDriver driver) {
        String url = driver.getCurrentUrl();
        String requestId = null;
        for (JsonNode message : read(driver)) {
            JsonNode params = message.path("params");
            if ("Network.responseReceived".equals(message.path("method").asText()) && "Document".equals(params.path("type").asText())
                    && url.equals(params.path("response").path("url").asText())) {
                requestId = params.path("requestId").asText();
            }
        }
        if (requestId == null) {
            throw new AssertionError("no document response for " + url + " in the browser's network log");
        }
        Map<String, Object> body = driver.executeCdpCommand("Network.getResponseBody", Map.of("requestId", requestId));
        String text = (String) body.get("body");
        return Boolean.TRUE.equals(body.get("base64Encoded")) ? new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8) : text;
    }

    /**
     * The requests finished since the log was last read, by DevTools' own accounting: path and bytes received over the
     * wire, headers included, as "path bytes". It also sees requests that the page's Resource Timing does not list.
     */
    static List<String> finishedRequests(ChromeDriver driver) {
        Map<String, String> urls = new HashMap<>();
        List<String> finished = new ArrayList<>();
        for (JsonNode message : read(driver)) {
            JsonNode params = message.path("params");
            String id = params.path("requestId").asText();
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> urls.put(id, params.path("request").path("url").asText());
                case "Network.loadingFinished" -> finished.add(URI.create(urls.getOrDefault(id, "/unknown")).getPath()
                        + " " + params.path("encodedDataLength").asLong());
                default -> { }
            }
        }
        return finished;
    }

    private static List<JsonNode> read(ChromeDriver driver) {
        List<JsonNode> messages = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                messages.add(JSON.readTree(entry.getMessage()).path("message"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return messages;
    }
}
