package org.youthvoice.respondent;

import org.youthvoice.i18n.Messages;
import org.youthvoice.system.Reason;

/** Why a page of the answering flow cannot go on. */
public enum FlowProblem implements Reason {
    /** The form's token is missing, forged, or older than the form's lifetime. */
    EXPIRED;

    @Override
    public String message(Messages m, Object... args) {
        return m.flow_expired();
    }
}
