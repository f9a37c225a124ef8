package tw.museum.site.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template under {@code templates/documents/} to PDF, in a given language, with the
 * message bundles ({@code #{...}}) as on any page. Every document gets the CJK font as family
 * {@code "cjk"} (set {@code font-family: cjk} in its CSS; the layout fragment does) and the museum's
 * letterhead as the model variable {@code letterhead} (a data URI). Images travel as data URIs
 * ({@link DocumentImages}), so rendering never fetches anything.
 */
@Service
public class PdfDocuments {

    public static final String FONT_FAMILY = "cjk";

    private final ITemplateEngine templates;
    private final CjkFont font;
    private final Letterhead letterhead;

    public PdfDocuments(ITemplateEngine templates, CjkFont font, Letterhead letterhead) {
        this.templates = templates;
        this.font = font;
        this.letterhead = letterhead;
    }

    /** The template's name is relative to {@code templates/documents/}, e.g. {@code "healthcheck-report"}. */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("letterhead", letterhead.dataUri());
        variables.put("documentLanguage", locale.toLanguageTag());
        String html = templates.process("documents/" + template, new Context(locale, variables));
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CjkFont.OpenFont cjk = font.open(); PDDocument pdf = new PDDocument()) {
            PDType0Font embedded = PDType0Font.load(pdf, cjk.font(), true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            // one face serves every weight: without a bold face of its own, headings stay in the CJK font
            builder.useFont(new PDFontSupplier(embedded), FONT_FAMILY, 400, FontStyle.NORMAL, false);
            builder.useFont(new PDFontSupplier(embedded), FONT_FAMILY, 700, FontStyle.NORMAL, false);
            builder.withW3cDocument(dom, "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new DocumentException("Could not render the document " + template, e);
        }
        return out.toByteArray();
    }
}
