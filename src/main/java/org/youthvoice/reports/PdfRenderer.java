package org.youthvoice.reports;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders well-formed XHTML to PDF with the fonts bundled under {@code /fonts/}.
 * Supports Arabic (bidi and shaping), Chinese, Cyrillic and Latin text.
 * Stateless: every call builds its own renderer, so one instance can be shared.
 */
public final class PdfRenderer {

    /** CSS family name for Latin and Cyrillic text. */
    public static final String SANS = "Noto Sans";
    /** CSS family name for Arabic text. */
    public static final String ARABIC = "Noto Naskh Arabic";
    /** CSS family name for Chinese text. */
    public static final String CJK = "Droid Sans Fallback";

    private static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", SANS, 400),
            new Face("NotoSans-Bold.ttf", SANS, 700),
            new Face("NotoNaskhArabic-Regular.ttf", ARABIC, 400),
            new Face("NotoNaskhArabic-Bold.ttf", ARABIC, 700),
            new Face("DroidSansFallbackFull.ttf", CJK, 400));

    /**
     * Writes the PDF for {@code xhtml} to {@code out}; the stream is not closed.
     *
     * @param rightToLeft true for right-to-left documents: sets the default text direction
     *                    and mirrors the cell order of every table row (rowspan is not supported)
     */
    public void render(String xhtml, boolean rightToLeft, OutputStream out) throws IOException {
        Document document = parse(xhtml);
        if (rightToLeft) {
            mirrorTables(document);
        }
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        addFonts(builder);
        addUnicodeSupport(builder, rightToLeft);
        builder.withW3cDocument(document, null);
        builder.toStream(out);
        builder.run();
    }

    /** Parses without fetching DTDs, so only XML's five named entities are known. */
    private static Document parse(String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Report is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    /** openhtmltopdf always lays table columns out left to right, so reverse them in the DOM. */
    private static void mirrorTables(Document document) {
        for (String tag : List.of("tr", "colgroup")) {
            NodeList elements = document.getElementsByTagName(tag);
            for (int i = 0; i < elements.getLength(); i++) {
                reverseChildren(elements.item(i));
            }
        }
    }

    private static void reverseChildren(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        Collections.reverse(children);
        children.forEach(parent::appendChild);
    }

    private static void addFonts(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(face::open, face.family(), face.weight(), FontStyle.NORMAL, true);
        }
    }

    private static void addUnicodeSupport(PdfRendererBuilder builder, boolean rightToLeft) {
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.ROOT));
        builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(Locale.ROOT));
        builder.defaultTextDirection(rightToLeft ? TextDirection.RTL : TextDirection.LTR);
    }

    /** One bundled font file and the CSS family and weight it is registered under. */
    private record Face(String file, String family, int weight) {

        InputStream open() {
            InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
            if (in == null) {
                throw new UncheckedIOException(new IOException("Missing font resource /fonts/" + file));
            }
            return in;
        }
    }
}
