package org.youthvoice.system;

import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.imageio.ImageIO;

/** Renders campaign links as printable QR codes (SVG for posters, PNG for screens and mail). */
public final class QrCodes {

    /** Links are short; a cap keeps codes scannable from a poster and bounds the work per request. */
    public static final int MAX_TEXT_LENGTH = 500;
    /** The QR spec requires a 4-module light border or many scanners fail to find the code. */
    static final int QUIET_ZONE = 4;
    static final int MIN_SCALE = 1;
    /** 40 px per module keeps even a version-40 code under ~7,400 px square. */
    static final int MAX_SCALE = 40;

    private QrCodes() {}

    public static String svg(String text) {
        QrCode qr = encode(text);
        int n = qr.size + 2 * QUIET_ZONE;
        StringBuilder d = new StringBuilder(qr.size * qr.size * 2);
        for (int y = 0; y < qr.size; y++) {
            int x = 0;
            while (x < qr.size) {
                if (!qr.getModule(x, y)) { x++; continue; }
                int start = x;
                while (x < qr.size && qr.getModule(x, y)) x++;
                int run = x - start;
                // One rectangle per horizontal run: far smaller than one square per module.
                d.append('M').append(start + QUIET_ZONE).append(',').append(y + QUIET_ZONE)
                 .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n
                + "\" role=\"img\" shape-rendering=\"crispEdges\">"
                + "<title>" + escapeXml(text) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + d + "\" fill=\"#000\"/></svg>";
    }

    public static byte[] png(String text, int scale) {
        QrCode qr = encode(text);
        int s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
        int px = (qr.size + 2 * QUIET_ZONE) * s;
        // 1 bit per pixel: a pure black/white code needs no more, and the PNG stays small.
        BufferedImage img = new BufferedImage(px, px, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, px, px);
            g.setColor(Color.BLACK);
            for (int y = 0; y < qr.size; y++)
                for (int x = 0; x < qr.size; x++)
                    if (qr.getModule(x, y))
                        g.fillRect((x + QUIET_ZONE) * s, (y + QUIET_ZONE) * s, s, s);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory stream: cannot happen in practice
        }
        return out.toByteArray();
    }

    private static QrCode encode(String text) {
        Objects.requireNonNull(text, "text");
        // The message leaves the text out: it may be a link that should not end up in logs.
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH)
            throw new IllegalArgumentException("QR text longer than " + MAX_TEXT_LENGTH + " characters");
        return QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    }

    private static String escapeXml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.appendCodePoint(isXmlChar(c) ? c : 0xFFFD);
            }
        });
        return b.toString();
    }

    /** Control characters and lone surrogates are illegal in XML 1.0 and would break the whole SVG. */
    private static boolean isXmlChar(int c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }
}
