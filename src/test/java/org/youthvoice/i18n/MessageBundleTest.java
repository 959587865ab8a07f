package org.youthvoice.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every interface text exists in all six languages, and templates hold no text of their own. */
class MessageBundleTest {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    static Properties bundle(Lang lang) throws IOException {
        return bundle("msg", lang);
    }

    static Properties bundle(String name, Lang lang) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(MESSAGES.resolve(name + "_" + lang.code() + ".properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void shouldHaveEveryKeyNonEmptyWithTheSamePlaceholders(Lang lang) throws IOException {
        Properties english = bundle(Lang.EN);
        Properties translated = bundle(lang);
        assertThat(translated.stringPropertyNames()).as("keys of msg_%s", lang.code()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as("%s in %s", key, lang.code()).isNotBlank();
            assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s", key, lang.code())
                    .isEqualTo(placeholders(english.getProperty(key)));
            if (lang != Lang.EN && english.getProperty(key).contains(" ")) {
                assertThat(translated.getProperty(key)).as("%s in %s is still the English sentence", key, lang.code())
                        .isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void shouldHaveEveryPrivacyNoticeTextInEveryLanguage(Lang lang) throws IOException {
        Properties english = bundle("privacy", Lang.EN);
        Properties translated = bundle("privacy", lang);
        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        Set<String> methods = new TreeSet<>();
        for (var m : org.youthvoice.privacy.PrivacyMessages.class.getDeclaredMethods()) {
            methods.add(m.getName());
        }
        assertThat(methods).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as("%s in %s", key, lang.code()).isNotBlank();
            if (lang != Lang.EN) {
                assertThat(translated.getProperty(key)).as("%s in %s", key, lang.code()).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    void shouldDeclareEveryKeyInTheMessagesInterface() throws IOException {
        Set<String> methods = new TreeSet<>();
        for (var m : Messages.class.getDeclaredMethods()) {
            methods.add(m.getName());
        }
        assertThat(methods).isEqualTo(new TreeSet<>(bundle(Lang.EN).stringPropertyNames()));
    }

    @Test
    void shouldUseEveryKeyOfTheBundles() throws IOException {
        // A key is used by a template ({msg:key}, {privacy:key}) or by Java code calling the bundle's method.
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("Messages.java") && !p.getFileName().toString().equals("PrivacyMessages.java"))
                    .forEach(p -> sources.append(read(p)).append('\n'));
        }
        for (String bundle : List.of("msg", "privacy")) {
            for (String key : bundle(bundle, Lang.EN).stringPropertyNames()) {
                assertThat(Pattern.compile("(" + bundle + ":|\\.)" + Pattern.quote(key) + "\\b").matcher(sources).find())
                        .as("key %s of the %s bundle is used nowhere", key, bundle).isTrue();
            }
        }
    }

    @Test
    void shouldKeepEveryWordOfTheTemplatesInTheBundles() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            templates.filter(p -> p.toString().endsWith(".html")).forEach(p -> {
                String text = read(p).replaceAll("(?s)\\{!.*?!}", "").replaceAll("(?s)<[^>]*>", " ")
                        .replaceAll("\\{[^}]*}", " ");
                assertThat(text.replaceAll("[^\\p{L}]", "")).as("bare words in %s", p).isEmpty();
            });
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
