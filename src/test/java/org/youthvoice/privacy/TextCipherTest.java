package org.youthvoice.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextCipherTest {

    static final String K1 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String K2 = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

    @Test
    void shouldSealSoThatNothingOfTheTextShows() {
        TextCipher cipher = new TextCipher(PrivacyConfigs.of(null, "k1:" + K1, "k1", "x", 1));
        String sealed = cipher.seal("Someone is mean to me in the game", "cyberbullying", "ideas");
        assertThat(sealed).startsWith("v1:k1:").doesNotContain("mean").doesNotContain("game");
        assertThat(cipher.open(sealed, "cyberbullying", "ideas")).isEqualTo("Someone is mean to me in the game");
        assertThat(cipher.seal("same", "c", "q")).isNotEqualTo(cipher.seal("same", "c", "q"));
    }

    @Test
    void shouldRefuseTextMovedToAnotherQuestionOrAltered() {
        TextCipher cipher = new TextCipher(PrivacyConfigs.of(null, "k1:" + K1, "k1", "x", 1));
        String sealed = cipher.seal("hello", "c", "q1");
        assertThatThrownBy(() -> cipher.open(sealed, "c", "q2")).isInstanceOf(IllegalArgumentException.class);
        String altered = sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("A==") ? "B==" : "A==");
        assertThatThrownBy(() -> cipher.open(altered, "c", "q1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepOpeningOldTextAfterTheKeyRotates() {
        String old = new TextCipher(PrivacyConfigs.of(null, "k1:" + K1, "k1", "x", 1)).seal("before", "c", "q");
        TextCipher rotated = new TextCipher(PrivacyConfigs.of(null, "k1:" + K1 + ",k2:" + K2, "k2", "x", 1));
        assertThat(rotated.open(old, "c", "q")).isEqualTo("before");
        assertThat(rotated.seal("after", "c", "q")).startsWith("v1:k2:");
        TextCipher withoutOld = new TextCipher(PrivacyConfigs.of(null, "k2:" + K2, "k2", "x", 1));
        assertThatThrownBy(() -> withoutOld.open(old, "c", "q")).hasMessageNotContaining("before");
    }

    @Test
    void shouldGenerateAndKeepAKeyFileWhenNoneIsConfigured(@TempDir Path data) throws Exception {
        Path file = data.resolve("text-key");
        TextCipher first = new TextCipher(PrivacyConfigs.of(null, null, null, file.toString(), 1));
        String sealed = first.seal("kept", "c", "q");
        assertThat(Files.readString(file)).startsWith("local1:");
        assertThat(new TextCipher(PrivacyConfigs.of(null, null, null, file.toString(), 1)).open(sealed, "c", "q")).isEqualTo("kept");
    }

    @Test
    void shouldRefuseAnActiveKeyIdThatIsNotConfigured() {
        assertThatThrownBy(() -> new TextCipher(PrivacyConfigs.of(null, "k1:" + K1, "k9", "x", 1))).hasMessageContaining("k9");
    }
}
