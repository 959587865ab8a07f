package org.youthvoice.access;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Without STAFF_SECRET the service and Quarkus share one random secret per process; a secret that is set wins. */
class SessionSecretTest {

    static final String SERVICE = "youthvoice.staff.secret";
    static final String SESSIONS = "quarkus.http.auth.session.encryption-key";

    static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(properties, "test", 250)).withInterceptors(new SessionSecret()).build();
    }

    @Test
    void shouldShareOneRandomSecretWhenNoneIsSet() {
        SmallRyeConfig config = config(Map.of(SERVICE, "${STAFF_SECRET_NOT_SET_IN_TESTS:}", SESSIONS, "${" + SERVICE + "}"));
        String service = config.getValue(SERVICE, String.class);
        assertThat(service).hasSizeGreaterThanOrEqualTo(40);
        assertThat(config.getValue(SESSIONS, String.class)).isEqualTo(service);
        assertThat(config(Map.of()).getValue(SESSIONS, String.class)).isEqualTo(service);
    }

    @Test
    void shouldKeepTheSecretThatIsSet() {
        SmallRyeConfig config = config(Map.of(SERVICE, "a-secret-of-our-own-2026", SESSIONS, "${" + SERVICE + "}"));
        assertThat(config.getValue(SERVICE, String.class)).isEqualTo("a-secret-of-our-own-2026");
        assertThat(config.getValue(SESSIONS, String.class)).isEqualTo("a-secret-of-our-own-2026");
        assertThat(config(Map.of()).getOptionalValue("youthvoice.staff.other", String.class)).isEmpty();
    }
}
