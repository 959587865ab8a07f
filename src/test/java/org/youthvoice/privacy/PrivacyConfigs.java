package org.youthvoice.privacy;

import java.time.Duration;
import java.util.Optional;

/** Small privacy configurations for the plain unit tests. */
final class PrivacyConfigs {

    private PrivacyConfigs() {
    }

    static PrivacyConfig of(String formSecret, String textKeys, String textKeyId, String keyFile, int submissions) {
        return new PrivacyConfig() {
            public Optional<String> formSecret() { return Optional.ofNullable(formSecret); }
            public Duration formLifetime() { return Duration.ofHours(48); }
            public int submissionsPerWindow() { return submissions; }
            public int postsPerWindow() { return submissions * 10; }
            public Duration window() { return Duration.ofMinutes(10); }
            public Optional<String> textKeys() { return Optional.ofNullable(textKeys); }
            public Optional<String> textKeyId() { return Optional.ofNullable(textKeyId); }
            public String textKeyFile() { return keyFile; }
            public String retentionCron() { return "0 17 3 * * ?"; }
        };
    }
}
