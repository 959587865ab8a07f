package org.youthvoice.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** What the service keeps from respondents, and how it protects it. */
@ConfigMapping(prefix = "youthvoice.privacy")
public interface PrivacyConfig {

    /** Secret signing the answering forms' tokens (env FORM_SECRET); the same on every replica; random per start when unset. */
    Optional<String> formSecret();

    /** How long an answering form stays valid after its welcome page. */
    @WithDefault("PT48H")
    Duration formLifetime();

    /** Final submissions accepted from one client address per window. */
    @WithDefault("60")
    int submissionsPerWindow();

    /** Answering-page posts accepted from one client address per window. */
    @WithDefault("600")
    int postsPerWindow();

    /** The rate-limit window; its hashing secret is replaced at every window, so no address outlives it. */
    @WithDefault("PT10M")
    Duration window();

    /** Keys for free text at rest, "id:base64key,id2:base64key" (env TEXT_KEYS); a generated key under ./data when unset. */
    Optional<String> textKeys();

    /** The key id new free text is sealed with (env TEXT_KEY_ID). */
    Optional<String> textKeyId();

    /** When the nightly retention purge runs (a Quartz-style cron expression). */
    @WithDefault("0 17 3 * * ?")
    String retentionCron();

    /** Where the embedded default keeps its generated text key. */
    @WithDefault("data/text-key")
    String textKeyFile();
}
