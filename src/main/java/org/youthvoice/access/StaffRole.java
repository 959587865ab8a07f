package org.youthvoice.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a staff member may do: run the service, follow and present results, promote, or look after the data. */
public enum StaffRole {
    ADMIN, CHAIR, PROMOTER, STEWARD;

    public static final String ADMIN_NAME = "admin";
    public static final String CHAIR_NAME = "chair";
    public static final String PROMOTER_NAME = "promoter";
    public static final String STEWARD_NAME = "steward";

    /** The role name used in @RolesAllowed, the database and token claims. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StaffRole> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
