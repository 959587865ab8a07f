package org.youthvoice.results;

import org.youthvoice.i18n.Messages;
import org.youthvoice.system.Reason;

/** Why results cannot be shown as asked. */
public enum ResultsProblem implements Reason {
    /** A breakdown that is not one of {@link Rollups#DIMENSIONS}. */
    UNKNOWN_BREAKDOWN,
    /** The consultation's results are not published (yet): its rule is after_close and it is open, or never. */
    NOT_PUBLISHED,
    /** A comparison of waves needs two or more consultations. */
    TOO_FEW_WAVES;

    @Override
    public String message(Messages m, Object... args) {
        return switch (this) {
            case UNKNOWN_BREAKDOWN -> m.error_unknown_breakdown();
            case NOT_PUBLISHED -> m.results_not_yet();
            case TOO_FEW_WAVES -> m.error_too_few_waves();
        };
    }
}
