package org.youthvoice.access;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A random secret for this process when STAFF_SECRET is unset, so that staff sessions and form tokens are still sealed
 * (valid until the next start, on this instance only) and no key is ever printed in the log. It answers the service's
 * own secret and the session key that Quarkus would otherwise generate and log. Registered in META-INF/services.
 */
public class SessionSecret implements ConfigSourceInterceptor {

    private static final Set<String> NAMES = Set.of("youthvoice.staff.secret", "quarkus.http.auth.session.encryption-key");
    private static final String GENERATED = generate();

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!NAMES.contains(name) || (value != null && value.getValue() != null && !value.getValue().isBlank())) {
            return value;
        }
        return ConfigValue.builder().withName(name).withValue(GENERATED).withConfigSourceName(getClass().getSimpleName()).build();
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
