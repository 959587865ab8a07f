package org.youthvoice.system;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/** HMAC-SHA256 and secrets, shared by the form tokens, the staff form tokens and the rate limiter. */
public final class Hmac {

    private Hmac() {
    }

    /** The HMAC-SHA256 of the parts, in order, under the key. */
    public static byte[] sha256(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** 32 random bytes. */
    public static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** A random secret for this process only, with a warning naming the variable that should have set it. */
    public static byte[] processSecret(Class<?> user, String variable, String consequence) {
        Logger.getLogger(user).warnf("%s is not set: %s use a random secret of this process only, so %s; set %s (the same on"
                + " every replica) in production", variable, user.getSimpleName(), consequence, variable);
        return randomKey();
    }
}
