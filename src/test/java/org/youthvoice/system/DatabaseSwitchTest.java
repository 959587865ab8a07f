package org.youthvoice.system;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database is in use unless the default datasource has a URL; then PostgreSQL is, and only it. */
class DatabaseSwitchTest {

    static final String EMBEDDED_DATASOURCE = "quarkus.datasource.\"embedded\".active";
    static final String EMBEDDED_UNIT = "quarkus.hibernate-orm.\"embedded\".active";
    static final String POSTGRESQL_UNIT = "quarkus.hibernate-orm.\"postgresql\".active";

    static SmallRyeConfig config(Map<String, String> properties, String... profiles) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withProfiles(List.of(profiles))
                .withSources(new PropertiesConfigSource(properties, "test", 250)).withInterceptors(new DatabaseSwitch()).build();
    }

    static Optional<String> value(SmallRyeConfig config, String name) {
        return config.getOptionalValue(name, String.class);
    }

    @Test
    void shouldUseTheEmbeddedDatabaseWithoutAUrl() {
        SmallRyeConfig config = config(Map.of("quarkus.datasource.db-kind", "postgresql"));
        assertThat(value(config, EMBEDDED_DATASOURCE)).isEmpty();
        assertThat(value(config, EMBEDDED_UNIT)).isEmpty();
        assertThat(value(config, POSTGRESQL_UNIT)).contains("false");
    }

    @Test
    void shouldUsePostgresqlWhenTheDefaultDatasourceHasAUrl() {
        SmallRyeConfig config = config(Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/youthvoice"));
        assertThat(value(config, EMBEDDED_DATASOURCE)).contains("false");
        assertThat(value(config, "quarkus.datasource.embedded.active")).contains("false");
        assertThat(value(config, EMBEDDED_UNIT)).contains("false");
        assertThat(value(config, POSTGRESQL_UNIT)).isEmpty();
    }

    @Test
    void shouldSeeAUrlSetInAProfileOrThroughAnExpression() {
        assertThat(value(config(Map.of("%pgtest.quarkus.datasource.jdbc.url", "jdbc:postgresql:///t"), "test", "pgtest"),
                EMBEDDED_DATASOURCE)).contains("false");
        assertThat(value(config(Map.of("%pgtest.quarkus.datasource.jdbc.url", "jdbc:postgresql:///t"), "test"),
                EMBEDDED_DATASOURCE)).isEmpty();
        assertThat(value(config(Map.of("quarkus.datasource.jdbc.url", "${PG:jdbc:postgresql:///t}")), EMBEDDED_DATASOURCE)).contains("false");
    }

    @Test
    void shouldKeepTheEmbeddedDatabaseWhenPostgresqlIsSwitchedOff() {
        SmallRyeConfig config = config(Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql:///t", "quarkus.datasource.active", "false"));
        assertThat(value(config, EMBEDDED_DATASOURCE)).isEmpty();
        assertThat(value(config, POSTGRESQL_UNIT)).contains("false");
    }

    @Test
    void shouldLeaveAnExplicitValueAndOtherKeysAlone() {
        SmallRyeConfig config = config(Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql:///t", EMBEDDED_DATASOURCE, "true"));
        assertThat(value(config, EMBEDDED_DATASOURCE)).contains("true");
        assertThat(value(config, "quarkus.datasource.active")).isEmpty();
        assertThat(value(config, "quarkus.flyway.\"embedded\".active")).isEmpty();
    }
}
