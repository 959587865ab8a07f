package org.youthvoice.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.results.Rollups.Cell;

/**
 * One publish set: every number any output may show for one consultation, computed once from one reading of the
 * counts and protected as a whole ({@link Suppression}). Every view, page, report and export is rendered from it; none
 * computes numbers of its own. A suppressed cell is kept as null.
 */
public final class Publication {

    /** What the audit of this set did: quantities, hidden ones, targets audited, linear programs solved, time. */
    public record Audit(int quantities, int hidden, int audited, int linearPrograms, long millis, int rounds, boolean withheld) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consultation consultation;
    private final Map<Cell, Long> shown;
    private final Map<Cell, Long> floor;
    private final long responses;
    private final Audit audit;
    private final List<String> channels;

    private Publication(Consultation consultation, Map<Cell, Long> shown, Map<Cell, Long> floor, long responses, Audit audit,
                        List<String> channels) {
        this.consultation = consultation;
        this.shown = shown;
        this.floor = floor;
        this.responses = responses;
        this.audit = audit;
        this.channels = channels;
    }

    /**
     * Protects the counts of a consultation as one set. {@code previous} is the set released before, whose hidden
     * quantities stay hidden until they have grown by the minimum cell (null for none).
     */
    public static Publication of(Consultation c, Map<Cell, Long> stored, Publication previous, Function<String, String> regionOf) {
        int minCell = c.results().minCell();
        Pools pools = Pools.of(c, stored, minCell, regionOf);
        Tables tables = new Tables(c, pools.apply(c, stored), pools);
        Suppression.Pattern pattern = Suppression.protect(tables, minCell, previous == null ? Map.of() : previous.floor);
        Map<Cell, Long> shown = new LinkedHashMap<>();
        tables.quantity.forEach((cell, q) -> shown.put(cell, q == Tables.ZERO ? Long.valueOf(0L)
                : pattern.hidden().contains(q) ? null : tables.truth.get(q)));
        Map<Cell, Long> floor = new LinkedHashMap<>();
        // a number hidden since an earlier snapshot keeps the count it had then: it must grow by min_cell from there. A
        // withheld set told nothing about any number, so it passes the floor it had on unchanged
        Map<Cell, Long> before = previous == null ? Map.of() : previous.floor;
        if (pattern.withheld()) {
            floor.putAll(before);
        } else {
            pattern.hidden().forEach(q -> floor.put(q, before.getOrDefault(q, tables.truth.getOrDefault(q, 0L))));
        }
        DisclosureAudit.Figures f = pattern.figures();
        long responses = stored.getOrDefault(Tables.total(), 0L);
        return new Publication(c, shown, floor, responses, new Audit(f.quantities(), f.hidden(), f.audited(), f.linearPrograms(),
                f.millis(), pattern.rounds(), pattern.withheld()), List.of());
    }

    /**
     * The same set naming the ways of answering ("web", "api", …) that brought at least the minimum cell of its
     * responses, so that the methodology note never shows that one child used a channel nobody else did.
     */
    public Publication withChannels(Map<String, Long> responsesByChannel) {
        int minCell = consultation.results().minCell();
        List<String> named = responsesByChannel.entrySet().stream().filter(e -> e.getValue() >= minCell).map(Map.Entry::getKey)
                .sorted(java.util.Comparator.reverseOrder()).toList();
        return new Publication(consultation, shown, floor, responses, audit, named);
    }

    /** A set with nothing published yet: before the first release. */
    public static Publication empty(Consultation c) {
        return new Publication(c, Map.of(), Map.of(), 0, new Audit(0, 0, 0, 0, 0, 0, false), List.of());
    }

    /** How many responses the set was computed from (not itself published). */
    public long responses() {
        return responses;
    }

    public Audit audit() {
        return audit;
    }

    /** The ways of answering that brought at least the minimum cell of the responses, the web form first. */
    public List<String> channels() {
        return channels;
    }

    /** The overall view, and when {@code by} names a dimension its groups; only listed groups (size published) appear. */
    public ResultsView view(String by) {
        List<ResultsView.Group> groups = null;
        if (by != null) {
            groups = new ArrayList<>();
            Set<String> keys = new LinkedHashSet<>();
            shown.keySet().stream().filter(cell -> cell.dim().equals(by)).forEach(cell -> keys.add(cell.key()));
            for (String key : keys) {
                Long size = shown.get(Tables.size(by, key));
                if (size != null && !key.startsWith(Pools.POOL)) {
                    groups.add(new ResultsView.Group(by, key, size, questions(by, key)));
                }
            }
        }
        return new ResultsView(consultation.id(), shown.get(Tables.total()), consultation.results().minCell(),
                questions(Rollups.ALL, ""), groups);
    }

    private List<ResultsView.QuestionResult> questions(String dim, String key) {
        List<ResultsView.QuestionResult> out = new ArrayList<>();
        for (Question q : consultation.questions()) {
            Long answered = shown.get(new Cell(q.id(), "", dim, key));
            List<ResultsView.OptionResult> options = new ArrayList<>();
            if (q.type() == QuestionType.COUNTRY) {
                shown.forEach((cell, n) -> {
                    if (n != null && n > 0 && cell.question().equals(q.id()) && !cell.code().isEmpty() && !cell.code().startsWith(Pools.POOL)
                            && cell.dim().equals(dim)
                            && cell.key().equals(key)) {
                        options.add(option(cell.code(), n, answered));
                    }
                });
            } else if (q.options() != null) {
                q.options().forEach(o -> options.add(option(o.code(), shown.containsKey(new Cell(q.id(), o.code(), dim, key))
                        ? shown.get(new Cell(q.id(), o.code(), dim, key)) : null, answered)));
            }
            out.add(new ResultsView.QuestionResult(q.id(), answered, options));
        }
        return out;
    }

    private static ResultsView.OptionResult option(String code, Long count, Long answered) {
        if (count == null) {
            return new ResultsView.OptionResult(code, null, null, true);
        }
        Double share = answered == null || answered == 0 ? null : Math.round(10000.0 * count / answered) / 10000.0;
        return new ResultsView.OptionResult(code, count, share, null);
    }

    /** The set as stored for every replica: the shown cells (null when suppressed), the floor and the audit. */
    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("responses", responses);
        root.set("audit", JSON.valueToTree(audit));
        channels.forEach(root.putArray("channels")::add);
        ArrayNode cells = root.putArray("shown");
        shown.forEach((cell, n) -> {
            ArrayNode row = cells.addArray().add(cell.question()).add(cell.code()).add(cell.dim()).add(cell.key());
            if (n == null) {
                row.addNull();
            } else {
                row.add(n);
            }
        });
        ArrayNode kept = root.putArray("floor");
        floor.forEach((cell, n) -> kept.addArray().add(cell.question()).add(cell.code()).add(cell.dim()).add(cell.key()).add(n));
        return root.toString();
    }

    static Publication fromJson(Consultation c, String json) {
        try {
            JsonNode root = JSON.readTree(json);
            Map<Cell, Long> shown = new LinkedHashMap<>();
            root.get("shown").forEach(row -> shown.put(cell(row), row.get(4).isNull() ? null : row.get(4).asLong()));
            Map<Cell, Long> floor = new LinkedHashMap<>();
            root.get("floor").forEach(row -> floor.put(cell(row), row.get(4).asLong()));
            List<String> channels = new ArrayList<>();
            root.path("channels").forEach(ch -> channels.add(ch.asText()));
            return new Publication(c, shown, floor, root.get("responses").asLong(), JSON.treeToValue(root.get("audit"), Audit.class),
                    List.copyOf(channels));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored results snapshot of " + c.id() + " cannot be read", e);
        }
    }

    private static Cell cell(JsonNode row) {
        return new Cell(row.get(0).asText(), row.get(1).asText(), row.get(2).asText(), row.get(3).asText());
    }
}
