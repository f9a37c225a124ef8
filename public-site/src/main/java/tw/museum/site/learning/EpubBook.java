package tw.museum.site.learning;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tw.museum.catalog.learning.PublicItem;
import tw.museum.catalog.learning.PublicLearningUnitView;
import tw.museum.catalog.learning.PublicSection;
import tw.museum.catalog.learning.Reference;

/**
 * A learning unit as an EPUB 3 e-book (電子書): the OCF container (the {@code mimetype} entry first and
 * stored uncompressed, as readers require), the package document with Dublin Core metadata, a navigation
 * document, one XHTML content document with the whole story, and the items' images as JPEG files.
 */
final class EpubBook {

    /** Texts of the book in its language, resolved by the caller from the bundles. */
    record Texts(String museum, String goals, String questions, String references, String contents, String objectNumber) {
    }

    /** A JPEG file of the book, with the text alternative of its image. */
    record Image(long mediaId, Path jpeg, String alt) {
        String href() {
            return "images/m-" + mediaId + ".jpg";
        }
    }

    private final PublicLearningUnitView unit;
    private final String language;
    private final String unitUrl;
    private final Texts texts;
    private final Map<Long, Image> images;
    private final Instant modified;

    EpubBook(PublicLearningUnitView unit, String language, String unitUrl, Texts texts, Map<Long, Image> images) {
        this.unit = unit;
        this.language = language;
        this.unitUrl = unitUrl;
        this.texts = texts;
        this.images = images;
        Instant changed = unit.updatedAt() == null ? unit.publishedAt() : unit.updatedAt();
        this.modified = (changed == null ? Instant.EPOCH : changed).truncatedTo(ChronoUnit.SECONDS);
    }

    void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry first = new ZipEntry("mimetype");
        first.setMethod(ZipEntry.STORED);
        first.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        first.setCrc(crc.getValue());
        zip.putNextEntry(first);
        zip.write(mimetype);
        zip.closeEntry();
        text(zip, "META-INF/container.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles>
                    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
                  </rootfiles>
                </container>
                """);
        text(zip, "EPUB/package.opf", packageDocument());
        text(zip, "EPUB/nav.xhtml", navigation());
        text(zip, "EPUB/unit.xhtml", content());
        text(zip, "EPUB/style.css", """
                body { font-family: serif; line-height: 1.6; margin: 0 5%; }
                h1, h2, h3 { font-family: sans-serif; line-height: 1.3; }
                figure { margin: 1em 0; page-break-inside: avoid; }
                img { max-width: 100%; height: auto; }
                figcaption { font-size: 0.9em; color: #444; }
                .number { color: #555; }
                """);
        for (Image image : images.values()) {
            zip.putNextEntry(new ZipEntry("EPUB/" + image.href()));
            Files.copy(image.jpeg(), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    private String lang() {
        return "en".equals(language) ? "en" : "zh-Hant";
    }

    private String title() {
        return unit.title().in(language);
    }

    private String packageDocument() {
        StringBuilder manifest = new StringBuilder();
        manifest.append("    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        manifest.append("    <item id=\"unit\" href=\"unit.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        manifest.append("    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n");
        PublicItem cover = unit.cover();
        for (Image image : images.values()) {
            boolean isCover = cover != null && cover.media().id() == image.mediaId();
            manifest.append("    <item id=\"m-").append(image.mediaId()).append("\" href=\"").append(image.href())
                    .append("\" media-type=\"image/jpeg\"").append(isCover ? " properties=\"cover-image\"" : "")
                    .append("/>\n");
        }
        String description = unit.summary().isEmpty() ? "" : "    <dc:description>" + esc(unit.summary().in(language))
                + "</dc:description>\n";
        StringBuilder subjects = new StringBuilder();
        unit.themes().forEach(t -> subjects.append("    <dc:subject>").append(esc(t.label().in(language))).append("</dc:subject>\n"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="%s">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:identifier id="uid">%s</dc:identifier>
                    <dc:title>%s</dc:title>
                    <dc:language>%s</dc:language>
                    <dc:publisher>%s</dc:publisher>
                    <dc:creator>%s</dc:creator>
                %s%s    <dc:source>%s</dc:source>
                    <meta property="dcterms:modified">%s</meta>
                  </metadata>
                  <manifest>
                %s  </manifest>
                  <spine>
                    <itemref idref="unit"/>
                  </spine>
                </package>
                """.formatted(lang(), esc(unitUrl + "?lang=" + language), esc(title()), lang(), esc(texts.museum()),
                esc(texts.museum()), description, subjects, esc(unitUrl), modified.toString(), manifest);
    }

    private String navigation() {
        StringBuilder items = new StringBuilder();
        List<PublicSection> sections = unit.sections();
        for (int i = 0; i < sections.size(); i++) {
            items.append("      <li><a href=\"unit.xhtml#s").append(i + 1).append("\">")
                    .append(esc(heading(sections.get(i), i))).append("</a></li>\n");
        }
        if (!unit.questionLines(language).isEmpty()) {
            items.append("      <li><a href=\"unit.xhtml#questions\">").append(esc(texts.questions())).append("</a></li>\n");
        }
        if (!unit.references().isEmpty()) {
            items.append("      <li><a href=\"unit.xhtml#references\">").append(esc(texts.references())).append("</a></li>\n");
        }
        return xhtml(texts.contents(), """
                  <nav epub:type="toc" id="toc">
                    <h1>%s</h1>
                    <ol>
                      <li><a href="unit.xhtml">%s</a></li>
                %s    </ol>
                  </nav>
                """.formatted(esc(texts.contents()), esc(title()), items));
    }

    private String heading(PublicSection section, int index) {
        String h = section.heading().in(language);
        return h == null ? Integer.toString(index + 1) : h;
    }

    private String content() {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(esc(title())).append("</h1>\n");
        if (!unit.summary().isEmpty()) {
            body.append(paragraphs(unit.summary().in(language)));
        }
        list(body, null, texts.goals(), unit.goalLines(language), "ul");
        List<PublicSection> sections = unit.sections();
        for (int i = 0; i < sections.size(); i++) {
            PublicSection s = sections.get(i);
            body.append("<section id=\"s").append(i + 1).append("\">\n<h2>").append(esc(heading(s, i))).append("</h2>\n");
            if (!s.body().isEmpty()) {
                body.append(paragraphs(s.body().in(language)));
            }
            for (PublicItem item : s.items()) {
                figure(body, item);
            }
            body.append("</section>\n");
        }
        list(body, "questions", texts.questions(), unit.questionLines(language), "ol");
        if (!unit.references().isEmpty()) {
            body.append("<section id=\"references\">\n<h2>").append(esc(texts.references())).append("</h2>\n<ul>\n");
            for (Reference r : unit.references()) {
                String citation = r.citation() == null || r.citation().isEmpty() ? r.url() : r.citation().in(language);
                body.append("<li>").append(esc(citation));
                if (r.url() != null) {
                    body.append(" <a href=\"").append(esc(r.url())).append("\">").append(esc(r.url())).append("</a>");
                }
                body.append("</li>\n");
            }
            body.append("</ul>\n</section>\n");
        }
        body.append("<p><a href=\"").append(esc(unitUrl)).append("\">").append(esc(unitUrl)).append("</a></p>\n");
        return xhtml(title(), body.toString());
    }

    private void figure(StringBuilder body, PublicItem item) {
        String artifactTitle = item.artifact().title().in(language);
        body.append("<figure>\n");
        Image image = item.media() == null ? null : images.get(item.media().id());
        if (image != null) {
            body.append("<img src=\"").append(image.href()).append("\" alt=\"").append(esc(image.alt())).append("\"/>\n");
        }
        body.append("<figcaption><strong>").append(esc(artifactTitle)).append("</strong> <span class=\"number\">")
                .append(esc(texts.objectNumber())).append(' ').append(esc(item.artifact().objectNumber())).append("</span>");
        if (!item.caption().isEmpty()) {
            body.append("<br/>").append(esc(item.caption().in(language)));
        }
        body.append("</figcaption>\n</figure>\n");
    }

    private static void list(StringBuilder body, String id, String heading, List<String> lines, String tag) {
        if (lines.isEmpty()) {
            return;
        }
        body.append("<section").append(id == null ? "" : " id=\"" + id + "\"").append(">\n<h2>").append(esc(heading))
                .append("</h2>\n<").append(tag).append(">\n");
        lines.forEach(l -> body.append("<li>").append(esc(l)).append("</li>\n"));
        body.append("</").append(tag).append(">\n</section>\n");
    }

    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        paragraphs.forEach(p -> out.append("<p>").append(esc(p).replaceAll("\\R", "<br/>")).append("</p>\n"));
        return out.toString();
    }

    private String xhtml(String title, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="%s" xml:lang="%s">
                <head>
                  <meta charset="UTF-8"/>
                  <title>%s</title>
                  <link rel="stylesheet" type="text/css" href="style.css"/>
                </head>
                <body>
                %s</body>
                </html>
                """.formatted(lang(), lang(), esc(title), body);
    }

    /** XML escaping; characters XML 1.0 does not allow are dropped. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
