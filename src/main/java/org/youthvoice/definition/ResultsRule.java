package org.youthvoice.definition;

/**
 * When results may be published, the smallest count a published cell may show, and how long published figures stay as
 * they are at least (seconds between snapshots; null for the default: a minute for live results, a day otherwise).
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record ResultsRule(Publish publish, int minCell, Integer snapshotSeconds) {

    public static final int DEFAULT_MIN_CELL = 10;
    /** Below three, a published count of one or two would point at a child or a pair who know each other. */
    public static final int LOWEST_MIN_CELL = 3;
    /** Below ten seconds, snapshots would follow a meeting room's answers one by one. */
    public static final int SHORTEST_SNAPSHOT_SECONDS = 10;
    public static final int LONGEST_SNAPSHOT_SECONDS = 31_536_000;
}
