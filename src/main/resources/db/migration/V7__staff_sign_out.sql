-- When each staff member last signed out (milliseconds since 1970, UTC), whether signed in with a local account or
-- through OIDC: every session issued until then is refused, on every replica, although its cookie or token has not
-- expired yet. A password reset writes here too.
CREATE TABLE staff_sign_out (
    username      VARCHAR(255)  NOT NULL PRIMARY KEY,
    signed_out_at BIGINT        NOT NULL
);
