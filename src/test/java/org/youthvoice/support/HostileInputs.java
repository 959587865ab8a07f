package org.youthvoice.support;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import static org.youthvoice.support.Gen.chars;
import static org.youthvoice.support.Gen.charsOf;

/**
 * Generators of what a hostile or broken client sends (odd strings, broken UTF-8, wrong content types), for the
 * seeded {@link Gen}; and the helpers that build and report such inputs.
 */
public final class HostileInputs {

    /** Characters that break naive handling: direction marks, NUL and controls, lone surrogates, joiners, BOM. */
    private static final String TRICKY = "\u200F\u202E\u2066\u2067\u200E\u061C\u0000\u0007\u001B\u007F\u0085\u2028\u2029"
            + "\uD800\uDBFF\uDC00\uDFFF\u200B\u200D\uFEFF\uFFFD\uFFFE\uFFFF\u0301\u0336\u00A0\u3000\r\n\t\"'\\<>&%+=;#/?{}[]";

    private static final List<String> PIECES = List.of("👩‍👩‍👧", "𝕏", "ج", "中文", "ё", "é", "e\u0301", "\uD83D", "\uDE00",
            "<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}", "{msg:app_name}", "%00", "%ZZ", "../../etc/passwd",
            "\u202Eevil\u202C", "null", "true", "[]", "{}", "\\u0000", "\r\n\r\n", "-1", "9".repeat(40));

    /** Bytes that are not UTF-8: stray continuations, overlongs, surrogates, beyond U+10FFFF, cut sequences, 0xFF. */
    private static final List<String> BROKEN_UTF8 = List.of("80", "bf", "c328", "a0a1", "e228a1", "e28228", "f0288cbc",
            "f09028bc", "f0288c28", "ff", "fe", "c0af", "c1bf", "e080af", "f08080af", "eda080", "edbfbf", "f4908080",
            "f88880808080", "fc8480808080", "e282", "f09f98", "c3", "f0");

    private HostileInputs() {
    }

    /** Strings of any UTF-16 content, lone surrogates included, up to {@code maxLength} chars or pieces. */
    public static Gen<String> strings(int maxLength) {
        Gen<String> anyChars = Gen.strings(chars('\u0000', '\uFFFF'), 0, maxLength);
        Gen<String> tricky = Gen.strings(Gen.oneOf(charsOf(TRICKY), chars('a', 'z')), 0, maxLength);
        Gen<String> pieces = Gen.of(PIECES).list(0, Math.max(1, maxLength / 8)).map(l -> String.join("", l));
        Gen<String> ascii = Gen.strings(chars('\u0000', '\u007F'), 0, maxLength);
        return Gen.oneOf(anyChars, tricky, pieces, ascii);
    }

    /** Text a person could type: letters of every script, emoji, marks and controls, no lone surrogates. */
    public static Gen<String> text(int maxCodePoints) {
        Gen<String> scripts = Gen.strings(Gen.oneOf(chars(' ', '~'), chars('\u0600', '\u06FF'), chars('\u4E00', '\u4FFF'),
                chars('\u0400', '\u04FF'), charsOf("\u200F\u202E\u2067\u0000\u0007\n\t\uFEFF\u0301")), 0, maxCodePoints);
        Gen<String> emoji = Gen.integers(0x1F300, 0x1FAFF).list(0, maxCodePoints / 2)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        return Gen.oneOf(scripts, emoji);
    }

    /** Strings of which none equals, even after stripping, one of the given codes: an option code nobody offered. */
    public static Gen<String> oddCodes(Collection<String> known, int maxLength) {
        Gen<String> variants = Gen.of(known).flatMap(code -> Gen.of(code.toUpperCase(),
                code + "\u0000", "\u200F" + code, code + code, code.substring(0, code.length() - 1), code.replace('-', '\u2011'),
                code + "\uD800", "[\"" + code + "\"]"));
        return Gen.oneOf(strings(maxLength), variants)
                .filter(s -> !s.isBlank() && !known.contains(s) && !known.contains(s.strip()));
    }

    /** A sequence of bytes that no UTF-8 decoder accepts. */
    public static Gen<byte[]> brokenUtf8() {
        return Gen.of(BROKEN_UTF8).map(HexFormat.of()::parseHex);
    }

    /** Random bytes, nearly all of them not UTF-8 and none of them a submission. */
    public static Gen<byte[]> bytes(int maxLength) {
        return Gen.bytes(0, maxLength);
    }

    public static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException broken) {
            return false;
        }
    }

    /** The bytes with {@code piece} inserted at {@code at}. */
    public static byte[] insert(byte[] bytes, byte[] piece, int at) {
        byte[] out = new byte[bytes.length + piece.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(bytes, at, out, at + piece.length, bytes.length - at);
        return out;
    }

    /** Content types no endpoint here reads, and some that are not content types at all. */
    public static Gen<String> foreignContentTypes() {
        return Gen.of("text/plain", "text/html; charset=utf-8", "application/xml", "multipart/form-data; boundary=--x",
                "application/octet-stream", "image/png", "application/json; charset=utf-16", "application/json;;;charset=",
                "!!!", "a/b/c", "/", "application/", "*/*", "text/plain; charset=\"unterminated", "application/json; q=x=y",
                "x".repeat(300) + "/" + "y".repeat(300));
    }

    /** A percent-encoding of the string's UTF-8 bytes (lone surrogates become '?'), every byte but [A-Za-z0-9-_.~] escaped. */
    public static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-_.~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return out.toString();
    }

    /**
     * An input for a failure report: printable ASCII as it is, other characters by their code point in hex, bytes that
     * are not UTF-8 by their value, runs of one token as token×count, cut after 200 tokens.
     */
    public static String shorten(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        String previous = null;
        int run = 0;
        int tokens = 0;
        for (int i = 0; i < bytes.length && tokens < 200; ) {
            int length = sequenceLength(bytes, i);
            String token;
            if (length == 0) {
                token = String.format("\\x%02x", bytes[i] & 0xFF);
                length = 1;
            } else {
                int c = new String(bytes, i, length, StandardCharsets.UTF_8).codePointAt(0);
                token = c >= 0x20 && c < 0x7F && c != '\\' ? String.valueOf((char) c) : String.format("\\u{%x}", c);
            }
            i += length;
            if (token.equals(previous)) {
                run++;
                continue;
            }
            out.append(run > 3 ? "×" + (run + 1) : (previous == null ? "" : previous).repeat(run));
            out.append(token);
            previous = token;
            run = 0;
            tokens++;
        }
        out.append(run > 3 ? "×" + (run + 1) : (previous == null ? "" : previous).repeat(run));
        return out + (tokens >= 200 ? "… (" + bytes.length + " bytes)" : "");
    }

    /** The length of the valid UTF-8 sequence at {@code at}, or 0 when none starts there. */
    private static int sequenceLength(byte[] bytes, int at) {
        int lead = bytes[at] & 0xFF;
        int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || at + length > bytes.length) {
            return 0;
        }
        return isUtf8(java.util.Arrays.copyOfRange(bytes, at, at + length)) ? length : 0;
    }
}
