package org.youthvoice.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Nu Html Checker (vnu.jar, from npm: {@code npm install --no-save vnu-jar}, or the path in system property
 * {@code vnu.jar}) run once over the HTML the browser tests saved.
 */
public final class HtmlChecker {

    private HtmlChecker() {
    }

    /** Every error in the saved pages under the given folders, one line each: file, line, message. */
    public static List<String> errors(List<Path> folders) {
        Path jar = Prerequisites.require(Prerequisites.fromProperty("vnu.jar", "node_modules/vnu-jar/build/dist/vnu.jar"),
                "The Nu Html Checker vnu.jar (system property vnu.jar)", "npm install --no-save vnu-jar (in the project root)");
        List<Path> existing = folders.stream().filter(Files::isDirectory).toList();
        if (existing.isEmpty() || existing.stream().allMatch(HtmlChecker::empty)) {
            throw new AssertionError("no saved HTML to check under " + folders);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--errors-only", "--format", "json"));
        existing.forEach(f -> command.add(f.toString()));
        try {
            Path report = Files.createTempFile("vnu-", ".json");
            Process vnu = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(report.toFile()).start();
            if (!vnu.waitFor(5, TimeUnit.MINUTES)) {
                vnu.destroyForcibly();
                throw new AssertionError("vnu.jar did not finish within 5 minutes");
            }
            String output = Files.readString(report, StandardCharsets.UTF_8);
            Files.delete(report);
            int start = output.indexOf("{\"");
            if (start < 0) {
                throw new AssertionError("vnu.jar gave no report (exit " + vnu.exitValue() + "):\n" + output);
            }
            List<String> errors = new ArrayList<>();
            for (JsonNode m : new ObjectMapper().readTree(output.substring(start)).path("messages")) {
                if (!"info".equals(m.path("type").asText())) {
                    errors.add(m.path("url").asText().replaceFirst("^file:.*?/target/html/", "target/html/") + ":"
                            + m.path("lastLine").asInt() + ": " + m.path("message").asText() + "  [" + m.path("extract").asText().strip() + "]");
                }
            }
            errors.forEach(e -> System.out.println("html error " + e));
            return errors;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean empty(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
