package org.youthvoice.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends generated inputs one at a time, as raw bytes, and checks what each did: the status, the body, and the
 * database before and after it. Failures are collected with the input that caused them, shortened.
 */
public final class Probe {

    /** What an input may do. */
    public enum Expect {
        /** Deliberately valid: stored exactly once. */
        STORED,
        /** Refused with a 4xx; nothing stored. */
        REFUSED,
        /** Any answer below 500 (a page of the flow, the honeypot's quiet redirect); nothing stored. */
        NOT_STORED,
        /** Tolerated (an ignored extra field, say): stored once or refused, never a 5xx, never half-stored. */
        EITHER
    }

    /** One request: what made it, where it goes, its content type (null for none), its bytes, extra headers, chunked or not. */
    public record Input(String kind, String path, String contentType, byte[] body, Expect expect, Map<String, String> headers,
                        boolean chunked) {

        public Input(String kind, String path, String contentType, byte[] body, Expect expect) {
            this(kind, path, contentType, body, expect, Map.of(), false);
        }

        public Input(String kind, String path, String contentType, String body, Expect expect) {
            this(kind, path, contentType, body.getBytes(StandardCharsets.UTF_8), expect);
        }

        public Input with(Map<String, String> moreHeaders) {
            return new Input(kind, path, contentType, body, expect, moreHeaders, chunked);
        }

        /** The same request with its body sent in chunks, its length not declared. */
        public Input inChunks() {
            return new Input(kind + ", chunked", path, contentType, body, expect, headers, true);
        }

        @Override
        public String toString() {
            return kind + " (" + expect + ") POST " + path + " [" + contentType + "]" + (headers.isEmpty() ? "" : " " + headers)
                    + " " + HostileInputs.shorten(body);
        }
    }

    /** What came back, and what the request changed in the database. */
    public record Reply(int status, String contentType, String body, String location, Database.Counts delta) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI root;
    private final IntPredicate mayStore;
    private final IntPredicate promisesStored;
    private final Map<String, Integer> tally = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private int hostile;
    private int failed;

    /**
     * @param mayStore       the statuses that may come with a stored response (201 for the API, 303 for the forms)
     * @param promisesStored the statuses that say a response was stored, so that one must have been
     */
    public Probe(URI root, IntPredicate mayStore, IntPredicate promisesStored) {
        this.root = root;
        this.mayStore = mayStore;
        this.promisesStored = promisesStored;
    }

    /** Sends every input, checks storage and then {@code check} (null when the reply is right), and counts them. */
    public void run(List<Input> inputs, BiFunction<Input, Reply, String> check) {
        for (Input input : inputs) {
            Reply reply = send(input);
            String problem = reply.status() >= 500 || reply.status() < 0 ? "status " + reply.status() + " " + shortBody(reply)
                    : storage(input, reply);
            if (problem == null) {
                problem = check.apply(input, reply);
            }
            if (problem != null && ++failed <= 20) {
                failures.add(problem + "\n    input: " + input);
            }
            tally.merge(input.kind(), 1, Integer::sum);
            sent++;
            hostile += input.kind().startsWith("valid") ? 0 : 1;
        }
    }

    public Reply send(Input input) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(input.path())).timeout(Duration.ofSeconds(30))
                .POST(input.chunked() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(input.body()))
                        : HttpRequest.BodyPublishers.ofByteArray(input.body()));
        if (input.contentType() != null) {
            request.header("Content-Type", input.contentType());
        }
        input.headers().forEach(request::header);
        Database.Counts before = Database.counts();
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), response.headers().firstValue("Location").orElse(null),
                    Database.counts().minus(before));
        } catch (IOException e) {
            return new Reply(-1, "", "no answer: " + e, null, Database.counts().minus(before));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Exactly one whole response stored, or nothing at all; the status tells which. */
    private String storage(Input input, Reply reply) {
        Database.Counts d = reply.delta();
        boolean storedOne = d.responses() == 1 && d.answers() > 0 && d.days() == 1 && d.cells() > 0;
        boolean started = d.starts() == 1 && reply.status() == 200;
        if (d.starts() != 0 && !(started && input.expect() != Expect.REFUSED)) {
            return "flows started changed by " + d.starts() + " with status " + reply.status();
        }
        if (!storedOne && !d.storesNothing()) {
            return "half-stored: " + d;
        }
        if (storedOne && (!mayStore.test(reply.status()) || input.expect() == Expect.REFUSED || input.expect() == Expect.NOT_STORED)) {
            return "stored a response with status " + reply.status() + " " + shortBody(reply);
        }
        if (!storedOne && promisesStored.test(reply.status())) {
            return "status " + reply.status() + " but nothing stored";
        }
        if (input.expect() == Expect.STORED && !storedOne) {
            return "a valid input was not stored: status " + reply.status() + " " + shortBody(reply);
        }
        if (input.expect() == Expect.REFUSED && (reply.status() < 400 || reply.status() >= 500)) {
            return "not refused: status " + reply.status() + " " + shortBody(reply);
        }
        return null;
    }

    public static String shortBody(Reply reply) {
        String body = reply.body().replaceAll("\\s+", " ");
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** How many inputs were sent, by kind. */
    public Map<String, Integer> tally() {
        return tally;
    }

    public int sent() {
        return sent;
    }

    /** How many inputs were malformed or hostile: all but the kinds whose name starts with "valid". */
    public int hostile() {
        return hostile;
    }

    /** Fails with every collected problem and its input, after printing the seed and the counts. */
    public void assertSound(String name, long seed, int planned) {
        System.out.printf("robustness %s: seed %d, %d inputs (%d hostile) %s%n", name, seed, sent, hostile, tally);
        assertThat(failures).as("%s: %d of %d inputs failed (seed %d, rerun with -Drobustness.seed=%d)", name,
                failed, sent, seed, Gen.SEED).isEmpty();
        assertThat(sent).as("inputs sent by " + name).isEqualTo(planned);
    }
}
