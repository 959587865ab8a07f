package org.youthvoice.catalog;

import org.youthvoice.i18n.Messages;
import org.youthvoice.system.Reason;

/** Why a request about a consultation, or an admin's change to one, is refused. */
public enum CatalogProblem implements Reason {
    /** No consultation has this id. */
    UNKNOWN_CONSULTATION,
    /** A date is missing, or the closing date comes before the opening date. */
    DATES_ORDER,
    /** A target that is not a whole number from 1 to 100,000,000. */
    TARGET_RANGE;

    @Override
    public String message(Messages m, Object... args) {
        return switch (this) {
            case UNKNOWN_CONSULTATION -> m.error_unknown_consultation();
            case DATES_ORDER -> m.error_dates_order();
            case TARGET_RANGE -> m.error_target_range();
        };
    }
}
