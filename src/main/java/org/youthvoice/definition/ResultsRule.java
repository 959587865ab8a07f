package org.youthvoice.definition;

/** When results may be published, and the smallest count a published cell may show. */
public record ResultsRule(Publish publish, int minCell) {

    public static final int DEFAULT_MIN_CELL = 10;
}
