package org.youthvoice.privacy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextScrubberTest {

    private final TextScrubber scrubber = new TextScrubber();

    private void assertScrubbed(String expected, String input, String country, String lang) {
        assertEquals(expected, scrubber.scrub(input, country, lang));
    }

    // --- phones ---

    @Test
    void shouldReplaceInternationalPhoneNumber() {
        assertScrubbed("Call me on [phone] tonight", "Call me on +33 6 12 34 56 78 tonight", null, "en");
    }

    @Test
    void shouldReplaceNationalFrenchNumberWhenCountryIsFrance() {
        assertScrubbed("Mon numéro c'est le [phone], appelle-moi",
                "Mon numéro c'est le 06 12 34 56 78, appelle-moi", "FR", "fr");
    }

    @Test
    void shouldAcceptLowerCaseCountryCode() {
        assertScrubbed("Appelle le [phone]", "Appelle le 06 12 34 56 78", "fr", "fr");
    }

    @Test
    void shouldReplaceRussianInternationalNumberWithDashes() {
        assertScrubbed("Звони мне: [phone]", "Звони мне: +7 912 345-67-89", null, "ru");
    }

    @Test
    void shouldReplaceRussianNationalNumberStartingWithEight() {
        assertScrubbed("мой телефон [phone], пиши", "мой телефон 8 912 345 67 89, пиши", "RU", "ru");
    }

    @Test
    void shouldReplaceChineseMobileNumberInTextWithoutSpaces() {
        assertScrubbed("我的电话是[phone]，有事打给我", "我的电话是138 0013 8000，有事打给我", "CN", "zh");
    }

    @Test
    void shouldReplaceChineseMobileNumberWrittenWithFullWidthDigits() {
        assertScrubbed("电话：[phone]", "电话：１３８００１３８０００", "CN", "zh");
    }

    @Test
    void shouldReplaceEgyptianMobileNumberWrittenWithArabicIndicDigits() {
        assertScrubbed("رقمي [phone] اتصل بي", "رقمي ٠١٠١٢٣٤٥٦٧٨ اتصل بي", "EG", "ar");
    }

    @Test
    void shouldReplaceSaudiMobileNumberWithoutCountry() {
        assertScrubbed("رقم جوالي [phone]", "رقم جوالي 0501234567", null, "ar");
    }

    @Test
    void shouldReplaceSpanishMobileNumberWhenCountryIsSpain() {
        assertScrubbed("mi número es [phone] y mi hermano tiene 10 años",
                "mi número es 612 34 56 78 y mi hermano tiene 10 años", "ES", "es");
    }

    @Test
    void shouldReplaceMexicanNumberFromLanguageRegionsWhenCountryIsMissing() {
        assertScrubbed("llámame al [phone] por favor", "llámame al 55 1234 5678 por favor", null, "es");
    }

    @Test
    void shouldReplaceNumberWithParenthesisedAreaCode() {
        assertScrubbed("my mom's cell is [phone].", "my mom's cell is (415) 555-2671.", "US", "en");
    }

    @Test
    void shouldRemoveHelplineNumberFromSentence() {
        String out = scrubber.scrub("When I feel sad I call the helpline 116 111, it is free", null, "en");
        assertFalse(out.contains("116"), out);
        assertTrue(out.equals("When I feel sad I call the helpline [phone], it is free")
                || out.equals("When I feel sad I call the helpline [number], it is free"), out);
    }

    @Test
    void shouldRemoveHelplineNumberFromFrenchSentence() {
        String out = scrubber.scrub("Le numéro pour les enfants c'est le 116 111 en Europe", "FR", "fr");
        assertFalse(out.contains("111"), out);
    }

    @Test
    void shouldUseAllLanguageRegionsWhenLanguageIsUnknown() {
        assertScrubbed("tel [phone]", "tel 89123456789", null, "de");
    }

    // --- digit runs ---

    @Test
    void shouldReplaceLongDigitRunThatIsNoPhoneNumber() {
        assertScrubbed("my student ID is [number] ok", "my student ID is 12-345-678 ok", null, "en");
    }

    @Test
    void shouldReplaceSixDigitCode() {
        assertScrubbed("le code est [number]", "le code est 123456", "FR", "fr");
    }

    @Test
    void shouldReplaceDigitRunWrittenWithFullWidthDigitsAndKeepSurroundingText() {
        assertScrubbed("我的学号是[number]。", "我的学号是２０２３．１２．３４５。", "CN", "zh");
    }

    @Test
    void shouldReplaceDigitRunWrittenWithExtendedArabicIndicDigits() {
        assertScrubbed("الرمز [number] شكرا", "الرمز ۴۵۶-۷۸۹ شكرا", null, "ar");
    }

    @Test
    void shouldReplaceDigitRunInCyrillicText() {
        assertScrubbed("номер билета [number], ряд 5", "номер билета 4411 223344, ряд 5", null, "ru");
    }

    // --- e-mails ---

    @Test
    void shouldReplaceEmailAddress() {
        assertScrubbed("write to me at [email] please", "write to me at anna.smith@gmail.com please", null, "en");
    }

    @Test
    void shouldReplaceEmailWithUnicodeDomain() {
        assertScrubbed("моя почта [email].", "моя почта иван@пример.рф.", "RU", "ru");
    }

    @Test
    void shouldReplaceEmailInArabicSentence() {
        assertScrubbed("راسلني على [email] شكرا", "راسلني على ahmed@example.com شكرا", null, "ar");
    }

    @Test
    void shouldReplaceEmailInChineseTextWithoutSwallowingNeighbours() {
        assertScrubbed("我的邮箱是[email]谢谢", "我的邮箱是zhang@qq.com谢谢", "CN", "zh");
    }

    @Test
    void shouldStopEmailAtFullWidthPunctuation() {
        assertScrubbed("邮箱：[email]，谢谢", "邮箱：zhang@qq.com，谢谢", null, "zh");
    }

    @Test
    void shouldReplaceObfuscatedEmailWithWords() {
        assertScrubbed("mail me: [email]", "mail me: anna at gmail dot com", null, "en");
    }

    @Test
    void shouldReplaceObfuscatedEmailWithParentheses() {
        assertScrubbed("contact [email] thanks", "contact anna (at) gmail (dot) com thanks", null, "en");
    }

    @Test
    void shouldReplaceObfuscatedEmailWithBrackets() {
        assertScrubbed("пиши [email]", "пиши ivan[at]mail[dot]ru", null, "ru");
    }

    @Test
    void shouldReplaceObfuscatedEmailWithRussianWords() {
        assertScrubbed("почта [email], пиши", "почта ivan собака mail точка ru, пиши", null, "ru");
    }

    @Test
    void shouldReplaceRussianSobakaWithLiteralDotDomain() {
        assertScrubbed("почта: [email]", "почта: ivan собака mail.ru", null, "ru");
    }

    @Test
    void shouldReplaceObfuscatedEmailWithSpanishWords() {
        assertScrubbed("escríbeme a [email] gracias", "escríbeme a juan arroba gmail punto com gracias", null, "es");
    }

    @Test
    void shouldReplaceObfuscatedEmailWithFrenchWords() {
        assertScrubbed("mon mail : [email]", "mon mail : marie arobase orange point fr", "FR", "fr");
    }

    @Test
    void shouldReplaceEmailWithRealAtSignAndSpelledDot() {
        assertScrubbed("email: [email]", "email: name@gmail dot com", null, "en");
    }

    @Test
    void shouldReplaceObfuscatedEmailInsideChineseText() {
        assertScrubbed("邮箱[email]谢谢", "邮箱zhang at qq dot com谢谢", null, "zh");
    }

    // --- links and handles ---

    @Test
    void shouldReplaceWwwAddress() {
        assertScrubbed("visit [link] for more", "visit www.example.com for more", null, "en");
    }

    @Test
    void shouldReplaceUrlWithChineseDomainAndPath() {
        assertScrubbed("看看 [link]", "看看 https://例子.测试/路径", "CN", "zh");
    }

    @Test
    void shouldReplaceWwwAddressInChineseTextWithoutSwallowingNeighbours() {
        assertScrubbed("网站[link]很好", "网站www.example.com很好", null, "zh");
    }

    @Test
    void shouldReplaceUrlInFrenchSentence() {
        assertScrubbed("regarde [link] c'est ma chaîne", "regarde https://youtube.com/@marie123 c'est ma chaîne", null, "fr");
    }

    @Test
    void shouldReplaceHandleInsideChineseText() {
        assertScrubbed("关注我[handle]吧", "关注我@xiaoming_2010吧", null, "zh");
    }

    @Test
    void shouldReplaceHandleInEnglishText() {
        assertScrubbed("follow me on insta [handle] pls", "follow me on insta @anna_k pls", null, "en");
    }

    @Test
    void shouldReplaceHandleInArabicText() {
        assertScrubbed("تابعوني [handle] على انستغرام", "تابعوني @sara_2011 على انستغرام", null, "ar");
    }

    // --- combinations ---

    @Test
    void shouldReplaceSeveralFindingsInOneAnswer() {
        assertScrubbed("Soy Ana, [email], tel [phone], IG [handle], web [link]",
                "Soy Ana, ana.p@correo.es, tel +34 612 34 56 78, IG @ana_p, web www.ana.es", "ES", "es");
    }

    // --- left alone ---

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            I was born in 2019                                   | en
            2025年我上初中                                         | zh
            I am 13 years old                                    | en
            it costs 5 dollars                                   | en
            Le ticket coûte 100 € par mois                       | fr
            school starts at 10:30                               | en
            50% of my class agrees                               | en
            I am at school all day and my cat sits at the window | en
            Polka dots and anecdotes are fun                     | en
            Look at this dot                                     | en
            I was at home.Then we left                           | en
            Мне 12 лет, я родился в 2012 году                    | ru
            нас было 30 человек в 9:45                           | ru
            عمري ١٣ سنة وفي عام ٢٠٢٤ بدأت المدرسة                  | ar
            我今年12岁，每天学习2小时，80%的同学都同意                   | zh
            Tengo 14 años y pago 20 pesos                        | es
            estudié entre 2019-2020 en Lima                      | es
            La réunion est à 14h30, 75 % des élèves              | fr
            моя собака любит гулять                              | ru
            I read 3 books in 2023 and 1 500 pages               | en
            """)
    void shouldLeaveOrdinaryNumbersAndWordsUnchanged(String text, String lang) {
        assertEquals(text, scrubber.scrub(text, null, lang));
    }

    @Test
    void shouldLeaveYearsUnchangedEvenWhenCountryIsGiven() {
        assertScrubbed("In 2019 we moved, in 2021 I was 9", "In 2019 we moved, in 2021 I was 9", "GB", "en");
    }

    @Test
    void shouldReturnNullAndEmptyUnchanged() {
        assertNull(scrubber.scrub(null, "FR", "fr"));
        assertEquals("", scrubber.scrub("", "FR", "fr"));
    }

    @ParameterizedTest
    @CsvSource({"1", "'1 '", "1-", "a", "a.", "a-", "'a at b dot '", "a艾特b点", "x.com/", "@a.", "'1 000 '"})
    void shouldHandleVeryLongAnswersWithoutOverflowingTheStack(String unit) {
        String text = unit.repeat(60_000 / unit.length()) + " call +7 912 345-67-89";
        assertTrue(scrubber.scrub(text, null, "ru").endsWith(" call [phone]"));
    }

    @Test
    void shouldBeUsableFromSeveralThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = pool.invokeAll(java.util.Collections.nCopies(40,
                    () -> scrubber.scrub("call +7 912 345-67-89 or anna@mail.ru", null, "ru")));
            for (Future<String> f : results) {
                assertEquals("call [phone] or [email]", f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
