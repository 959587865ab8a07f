package org.youthvoice.definition;

/** When results may be published, and the smallest count a published cell may show. */
public record ResultsRule(Publish publish, int minCell) {

    public static final int DEFAULT_MIN_CELL = 10;
    /** Below three, a published count of one or two would point at a child or a pair who know each other. */
    public static final int LOWEST_MIN_CELL = 3;
}
