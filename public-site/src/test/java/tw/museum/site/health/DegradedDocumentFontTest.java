package tw.museum.site.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tw.museum.site.document.DocumentImages;
import tw.museum.site.document.PdfDocuments;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestHttp.Reply;
import tw.museum.site.support.TestImages;

/**
 * A museum configured with a font file that is not there: the font part is DEGRADED with the reason
 * (for staff), the aggregate stays UP with HTTP 200 (a load balancer keeps the node), and documents
 * still carry Chinese text in the bundled font.
 */
@TestPropertySource(properties = "museum.documents.cjk-font=/nonexistent/fonts/uming.ttc")
class DegradedDocumentFontTest extends MuseumTestBase {

    @Autowired
    PdfDocuments documents;

    @Test
    void aMissingOptionalPartIsDegradedAndTheMuseumStaysUp() {
        Reply reply = anonymous().get("/actuator/health");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode health = reply.json();
        assertThat(health.path("status").asString()).isEqualTo("UP");
        JsonNode font = health.path("components").path("documentFont");
        assertThat(font.path("status").asString()).isEqualTo("DEGRADED");
        assertThat(font.has("details")).as("details are for staff only").isFalse();

        JsonNode staffView = asAdmin().get("/actuator/health").json().path("components").path("documentFont");
        assertThat(staffView.path("status").asString()).isEqualTo("DEGRADED");
        assertThat(staffView.path("details").path("error").asString()).contains("/nonexistent/fonts/uming.ttc");
        assertThat(staffView.path("details").path("documents").asBoolean()).isTrue();
    }

    @Test
    void documentsStillEmbedChineseInTheBundledFont() throws IOException {
        byte[] pdf = documents.render("test-sample", Map.of("heading", "文物健檢報告", "text", "木雕神像",
                "photo", DocumentImages.dataUri(TestImages.png(10, 10), "image/png")), Locale.TRADITIONAL_CHINESE);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("文物健檢報告", "木雕神像");
        }
    }
}
