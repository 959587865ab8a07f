package org.youthvoice.system;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrCodesTest {

    private static final String LINK = "https://youthvoice.example/j/AB12CD";

    @Test
    void shouldDecodePngBackToTheLink() throws Exception {
        assertThat(decode(readPng(QrCodes.png(LINK, 8)))).isEqualTo(LINK);
    }

    @Test
    void shouldDecodeSvgBackToTheLink() throws Exception {
        assertThat(decode(rasterise(QrCodes.svg(LINK), 6))).isEqualTo(LINK);
    }

    @Test
    void shouldRoundTripUnicodeTextInBothFormats() throws Exception {
        String text = "https://例子.测试/j/X1";
        assertThat(decode(readPng(QrCodes.png(text, 6)))).isEqualTo(text);
        assertThat(decode(rasterise(QrCodes.svg(text), 6))).isEqualTo(text);
    }

    @Test
    void shouldProduceWellFormedSvgWithEscapedTextInTitle() throws Exception {
        String text = LINK + "?a=1&b=\"<x>\"";
        String svg = QrCodes.svg(text);

        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("shape-rendering")).isEqualTo("crispEdges");
        assertThat(doc.getElementsByTagNameNS("*", "path").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo(text);
        assertThat(svg).contains("<title>" + LINK + "?a=1&amp;b=&quot;&lt;x&gt;&quot;</title>");
        assertThat(decode(rasterise(svg, 6))).isEqualTo(text);
    }

    @Test
    void shouldKeepSvgWellFormedWhenTextHasControlCharacters() throws Exception {
        Document doc = parse(QrCodes.svg("a\u0001b"));
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo("a\uFFFDb");
    }

    @Test
    void shouldSurroundCodeWithFourModuleQuietZone() throws Exception {
        BufferedImage img = readPng(QrCodes.png(LINK, 1));
        int n = img.getWidth();
        for (int i = 0; i < n; i++)
            for (int b = 0; b < 4; b++) {
                assertThat(isDark(img, i, b)).isFalse();
                assertThat(isDark(img, i, n - 1 - b)).isFalse();
                assertThat(isDark(img, b, i)).isFalse();
                assertThat(isDark(img, n - 1 - b, i)).isFalse();
            }
        assertThat(isDark(img, 4, 4)).as("finder pattern corner").isTrue();
        assertThat(QrCodes.svg(LINK)).contains("viewBox=\"0 0 " + n + " " + n + "\"");
    }

    @Test
    void shouldClampScaleBetweenOneAndForty() throws Exception {
        int modules = readPng(QrCodes.png(LINK, 1)).getWidth();
        assertThat(readPng(QrCodes.png(LINK, 0)).getWidth()).isEqualTo(modules);
        assertThat(readPng(QrCodes.png(LINK, -5)).getWidth()).isEqualTo(modules);
        assertThat(readPng(QrCodes.png(LINK, 40)).getWidth()).isEqualTo(modules * 40);
        assertThat(readPng(QrCodes.png(LINK, 1000)).getWidth()).isEqualTo(modules * 40);
    }

    @Test
    void shouldRefuseTextLongerThan500CharactersWithoutEchoingIt() {
        String tooLong = "https://youthvoice.example/j/" + "x".repeat(500);
        assertThatThrownBy(() -> QrCodes.svg(tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("xxxxx");
        assertThatThrownBy(() -> QrCodes.png(tooLong, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("xxxxx");
    }

    @Test
    void shouldAcceptTextOfExactly500Characters() throws Exception {
        String max = "y".repeat(500);
        assertThat(decode(readPng(QrCodes.png(max, 4)))).isEqualTo(max);
    }

    // --- helpers -------------------------------------------------------------

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern PATH_D = Pattern.compile("<path d=\"([^\"]*)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z");

    /** Draws the SVG's module runs into an image, failing on any path data it does not understand. */
    private static BufferedImage rasterise(String svg, int scale) {
        Matcher vb = VIEW_BOX.matcher(svg);
        assertThat(vb.find()).as("viewBox").isTrue();
        int n = Integer.parseInt(vb.group(1));
        Matcher pd = PATH_D.matcher(svg);
        assertThat(pd.find()).as("path d").isTrue();
        String d = pd.group(1);

        BufferedImage img = new BufferedImage(n * scale, n * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        Matcher m = RUN.matcher(d);
        int consumed = 0;
        while (m.find()) {
            assertThat(m.start()).as("unparsed path data at " + consumed).isEqualTo(consumed);
            assertThat(m.group(4)).isEqualTo(m.group(3));
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            int w = Integer.parseInt(m.group(3));
            g.fillRect(x * scale, y * scale, w * scale, scale);
            consumed = m.end();
        }
        assertThat(consumed).as("whole path parsed").isEqualTo(d.length());
        g.dispose();
        return img;
    }

    private static String decode(BufferedImage image) throws NotFoundException {
        return new MultiFormatReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }

    private static BufferedImage readPng(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static boolean isDark(BufferedImage img, int x, int y) {
        return (img.getRGB(x, y) & 0xFFFFFF) == 0;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
