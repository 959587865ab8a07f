-- When the account last signed out (milliseconds since 1970, UTC): every staff session cookie issued before then is
-- refused, on every replica, although the cookie itself is still within its idle timeout.
ALTER TABLE staff_account ADD COLUMN signed_out_at BIGINT;
