package org.youthvoice.stewardship;

import org.youthvoice.i18n.Messages;
import org.youthvoice.system.Reason;

/** Why a data steward's decision cannot be made. */
public enum StewardshipProblem implements Reason {
    /** No pending quote has this id: it was decided before, or it is flagged and can never be approved. */
    NOT_PENDING;

    @Override
    public String message(Messages m, Object... args) {
        return m.error_not_pending();
    }
}
