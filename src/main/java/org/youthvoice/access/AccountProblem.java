package org.youthvoice.access;

import org.youthvoice.i18n.Messages;
import org.youthvoice.system.Reason;

/** Why a change to a staff account is refused. */
public enum AccountProblem implements Reason {
    /** A user name of the wrong shape. */
    USERNAME,
    /** A password shorter than the minimum, given as the first argument. */
    PASSWORD_SHORT,
    /** A role that is not one of the four. */
    ROLE,
    /** A promoter without one of the six ITU regions; the first argument lists them. */
    REGION,
    /** The user name belongs to another account. */
    USERNAME_TAKEN,
    /** No account has this user name. */
    UNKNOWN_ACCOUNT,
    /** An admin tried to disable their own account. */
    OWN_ACCOUNT;

    @Override
    public String message(Messages m, Object... args) {
        return switch (this) {
            case USERNAME -> m.error_username();
            case PASSWORD_SHORT -> m.error_password_short(args.length > 0 && args[0] instanceof Integer n ? n : 0);
            case ROLE -> m.error_role();
            case REGION -> m.error_region(args.length > 0 ? String.valueOf(args[0]) : "");
            case USERNAME_TAKEN -> m.error_username_taken();
            case UNKNOWN_ACCOUNT -> m.error_unknown_account();
            case OWN_ACCOUNT -> m.error_own_account();
        };
    }
}
