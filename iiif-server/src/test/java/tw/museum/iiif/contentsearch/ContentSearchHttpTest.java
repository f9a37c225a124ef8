package tw.museum.iiif.contentsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.MediaDescription;
import tw.museum.catalog.media.MediaMetadata;
import tw.museum.catalog.media.MediaMetadataStore;
import tw.museum.iiif.presentation.PresentationSchema;
import tw.museum.iiif.support.CatalogueHttpTestBase;

/**
 * IIIF Content Search 2.0 as a viewer uses it over HTTP: the manifest announces the service and has a canvas
 * per document page (painted with the page rendered from the PDF), and hits point at those canvases. The
 * documents' text is stored as the importer stores it (pages separated by form feeds, see ImportContract).
 */
class ContentSearchHttpTest extends CatalogueHttpTestBase {

    static final String REPORT = "CS-REPORT-1";
    static final String DRAFT = "CS-DRAFT-1";
    static final List<String> PAGES = List.of(
            "Condition report of the brass microscope",
            "Cracks in the lacquer near the stage; the LACQUER is flaking",
            "Treatment: the lacquer was consolidated. 臺灣 conservation lab");

    @Autowired MediaMetadataStore metadata;
    private final PresentationSchema schema = new PresentationSchema();
    private long pdfId;
    private long restrictedId;

    @BeforeAll
    void catalogue() throws IOException {
        artifacts.create(data(REPORT, "顯微鏡", null));
        attachImage(REPORT, 400, 300);
        pdfId = attachPdf(REPORT, PAGES, false);
        restrictedId = attachPdf(REPORT, List.of("secret lacquer recipe"), true);
        artifacts.publish(REPORT, null);

        artifacts.create(data(DRAFT, "草稿", null));
        attachImage(DRAFT, 100, 100);
        attachPdf(DRAFT, List.of("lacquer in a draft"), false);
    }

    @Test
    void theManifestHasACanvasPerPageAndAnnouncesTheSearchService() throws Exception {
        JsonNode manifest = json("/iiif/presentation/3/" + REPORT + "/manifest");
        assertThat(schema.validate(manifest)).as("Presentation 3 schema").isEmpty();
        assertThat(manifest.path("service").path(0).path("type").asString()).isEqualTo("SearchService2");
        assertThat(manifest.path("service").path(0).path("id").asString())
                .isEqualTo(base() + "/iiif/search/2/" + REPORT);
        JsonNode items = manifest.path("items");
        assertThat(items.size()).as("one image and three pages; the restricted document is left out").isEqualTo(4);
        JsonNode page2 = items.path(2);
        assertThat(page2.path("id").asString()).endsWith("/canvas/" + pdfId + "/p2");
        assertThat(page2.path("label").path("en").path(0).asString()).isEqualTo("Report, page 2");
        assertThat(page2.path("label").path("zh-Hant").path(0).asString()).isEqualTo("報告，第 2 頁");
        // US Letter (612 x 792 pt) at 150 dpi, as PDFBox rounds it
        assertThat(page2.path("width").asInt()).isBetween(1274, 1275);
        assertThat(page2.path("height").asInt()).isBetween(1649, 1650);
        String service = page2.path("items").path(0).path("items").path(0).path("body").path("service").path(0)
                .path("id").asString();
        assertThat(service).isEqualTo(base() + "/iiif/3/m-" + pdfId + ".p2");
        assertThat(manifest.toString()).doesNotContain("m-" + restrictedId);

        JsonNode info = json(service + "/info.json");
        assertThat(info.path("width").asInt()).as("canvas = rendered page").isEqualTo(page2.path("width").asInt());
        assertThat(info.path("height").asInt()).isEqualTo(page2.path("height").asInt());
        HttpResponse<byte[]> image = get(service + "/full/300,/0/default.jpg");
        assertThat(image.statusCode()).isEqualTo(200);
        BufferedImage rendered = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(rendered.getWidth()).isEqualTo(300);
        assertThat(rendered.getHeight()).isBetween(388, 389);
        assertThat(darkPixels(rendered)).as("the page's text is drawn").isGreaterThan(0);
        assertThat(get("/iiif/3/m-" + pdfId + ".p4/info.json").statusCode()).as("no fourth page").isEqualTo(404);
        assertThat(get("/iiif/3/m-" + restrictedId + ".p1/info.json").statusCode()).isEqualTo(404);
    }

    @Test
    void hitsNameTheirPageAndTheWordsAroundThem() throws Exception {
        JsonNode result = json("/iiif/search/2/" + REPORT + "?q=lacquer");
        assertThat(result.path("@context").asString()).isEqualTo("http://iiif.io/api/search/2/context.json");
        assertThat(result.path("type").asString()).isEqualTo("AnnotationPage");
        List<String> targets = new ArrayList<>();
        result.path("items").forEach(i -> targets.add(i.path("target").asString()));
        String canvas = base() + "/iiif/presentation/3/" + REPORT + "/canvas/" + pdfId + "/p";
        assertThat(targets).as("two on page 2, one on page 3, none from the restricted document")
                .containsExactly(canvas + 2, canvas + 2, canvas + 3);
        JsonNode first = result.path("items").path(0);
        assertThat(first.path("motivation").asString()).isEqualTo("supplementing");
        assertThat(first.path("body").path("value").asString()).contains("Cracks in the lacquer near the stage");
        JsonNode highlights = result.path("annotations").path(0).path("items");
        assertThat(highlights.size()).isEqualTo(3);
        JsonNode second = highlights.path(1);
        assertThat(second.path("motivation").asString()).isEqualTo("highlighting");
        assertThat(second.path("target").path("source").asString()).isEqualTo(result.path("items").path(1).path("id").asString());
        JsonNode quote = second.path("target").path("selector").path(0);
        assertThat(quote.path("type").asString()).isEqualTo("TextQuoteSelector");
        assertThat(quote.path("exact").asString()).as("the text as written").isEqualTo("LACQUER");
        assertThat(quote.path("prefix").asString()).endsWith("stage; the ");
        assertThat(quote.path("suffix").asString()).isEqualTo(" is flaking");

        JsonNode manifest = json("/iiif/presentation/3/" + REPORT + "/manifest");
        List<String> canvases = new ArrayList<>();
        manifest.path("items").forEach(c -> canvases.add(c.path("id").asString()));
        assertThat(canvases).as("every hit targets a canvas of the manifest").containsAll(targets);
    }

    @Test
    void chineseAndFullWidthQueriesAndMoreTermsMatch() throws Exception {
        JsonNode taiwan = json("/iiif/search/2/" + REPORT + "?q=%E5%8F%B0%E7%81%A3"); // 台灣 finds 臺灣
        assertThat(taiwan.path("items").size()).isEqualTo(1);
        assertThat(taiwan.path("annotations").path(0).path("items").path(0).path("target").path("selector").path(0)
                .path("exact").asString()).isEqualTo("臺灣");
        JsonNode fullWidth = json("/iiif/search/2/" + REPORT + "?q=%EF%BC%AD%EF%BD%89%EF%BD%83%EF%BD%92%EF%BD%8F"
                + "%EF%BD%93%EF%BD%83%EF%BD%8F%EF%BD%90%EF%BD%85"); // Ｍｉｃｒｏｓｃｏｐｅ
        assertThat(fullWidth.path("items").size()).isEqualTo(1);
        JsonNode two = json("/iiif/search/2/" + REPORT + "?q=stage%20treatment&motivation=painting");
        assertThat(two.path("items").size()).isEqualTo(2);
        assertThat(two.path("ignored").path(0).asString()).isEqualTo("motivation");
        assertThat(json("/iiif/search/2/" + REPORT + "?q=").path("items").size()).isZero();
        assertThat(json("/iiif/search/2/" + REPORT + "?q=recipe").path("items").size()).as("restricted text").isZero();
    }

    @Test
    void manyHitsArePagedAndDraftsAreNotSearchable() throws Exception {
        String number = "CS-LONG-1";
        artifacts.create(data(number, "長", null));
        attachImage(number, 100, 100);
        attachPdf(number, List.of("gear ".repeat(150).strip()), false);
        artifacts.publish(number, null);
        JsonNode first = json("/iiif/search/2/" + number + "?q=gear");
        assertThat(first.path("items").size()).isEqualTo(100);
        assertThat(first.path("partOf").path("total").asInt()).isEqualTo(150);
        assertThat(first.path("partOf").path("type").asString()).isEqualTo("AnnotationCollection");
        JsonNode second = json(first.path("next").path("id").asString());
        assertThat(second.path("items").size()).isEqualTo(50);
        assertThat(second.path("startIndex").asInt()).isEqualTo(100);
        assertThat(second.has("next")).isFalse();

        assertThat(get("/iiif/search/2/" + DRAFT + "?q=lacquer").statusCode()).isEqualTo(404);
        assertThat(get("/iiif/search/2/NO-SUCH-THING?q=lacquer").statusCode()).isEqualTo(404);
    }

    private long attachPdf(String number, List<String> pageTexts, boolean restricted) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            for (String text : pageTexts) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    content.newLineAtOffset(72, 700);
                    content.showText(text.replaceAll("[^\\x20-\\x7e]", "?").substring(0, Math.min(text.length(), 80)));
                    content.endText();
                }
            }
            document.save(out);
        }
        long id = media.attach(number, "report.pdf", new ByteArrayInputStream(out.toByteArray()),
                new MediaDescription(Bilingual.of("報告", "Report"), null, restricted, null, null, null)).id();
        // What the importer stores for a PDF (FileMetadataReader): the text with a form feed after each page.
        String text = String.join(String.valueOf(MediaMetadata.PAGE_SEPARATOR), pageTexts)
                + MediaMetadata.PAGE_SEPARATOR;
        metadata.save(id, new MediaMetadata(null, null, null, "Report", pageTexts.size(), text));
        return id;
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 100) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
