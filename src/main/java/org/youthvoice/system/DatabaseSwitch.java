package org.youthvoice.system;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import java.util.Set;

/**
 * Chooses the database at start-up, so that one build runs on either: PostgreSQL when the default datasource has a URL
 * (QUARKUS_DATASOURCE_JDBC_URL) and is not switched off, the embedded H2 file otherwise. It answers the "active" keys
 * of the other database's datasource and persistence unit with false (Flyway follows its datasource by itself); a value
 * set explicitly still wins. Registered in META-INF/services, so that it applies at run time.
 */
public class DatabaseSwitch implements ConfigSourceInterceptor {

    /** Off when PostgreSQL is in use (names without the quotes around the datasource or unit name). */
    private static final Set<String> EMBEDDED = Set.of("quarkus.datasource.embedded.active", "quarkus.hibernate-orm.embedded.active");
    /** Off when the embedded database is in use; the default datasource is off by itself without a URL, not its unit. */
    private static final Set<String> POSTGRESQL = Set.of("quarkus.hibernate-orm.postgresql.active");

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value != null || !name.endsWith(".active")) {
            return value;
        }
        String key = name.replace("\"", "");
        boolean off = EMBEDDED.contains(key) ? postgresqlInUse(context) : POSTGRESQL.contains(key) && !postgresqlInUse(context);
        if (!off) {
            return null;
        }
        return ConfigValue.builder().withName(name).withValue("false").withConfigSourceName(getClass().getSimpleName()).build();
    }

    private static boolean postgresqlInUse(ConfigSourceInterceptorContext context) {
        ConfigValue url = context.proceed("quarkus.datasource.jdbc.url");
        ConfigValue active = context.proceed("quarkus.datasource.active");
        return url != null && url.getValue() != null && !url.getValue().isBlank()
                && (active == null || !"false".equalsIgnoreCase(active.getValue()));
    }
}
