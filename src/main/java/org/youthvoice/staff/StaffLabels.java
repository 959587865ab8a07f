package org.youthvoice.staff;

import org.youthvoice.access.StaffRole;
import org.youthvoice.i18n.Messages;

/** Names of roles and statuses in the staff member's language. */
public final class StaffLabels {

    private StaffLabels() {
    }

    public static String role(String code, Messages m) {
        return switch (StaffRole.of(code).orElse(StaffRole.STEWARD)) {
            case ADMIN -> m.role_admin();
            case CHAIR -> m.role_chair();
            case PROMOTER -> m.role_promoter();
            case STEWARD -> m.role_steward();
        };
    }

    public static String status(String code, Messages m) {
        return switch (code) {
            case "open" -> m.status_open();
            case "scheduled" -> m.status_scheduled();
            default -> m.status_closed();
        };
    }
}
