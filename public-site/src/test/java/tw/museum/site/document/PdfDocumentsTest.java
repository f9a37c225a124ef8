package tw.museum.site.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestImages;

/** Real PDFs, read back with PDFBox: the Chinese is text in an embedded font, and the images are there. */
class PdfDocumentsTest extends MuseumTestBase {

    @Autowired
    PdfDocuments documents;

    @Autowired
    DocumentImages images;

    @Test
    void chineseTextIsExtractableFromAnEmbeddedFontAndImagesAreDrawn() throws IOException {
        Path photo = Files.createTempFile("photo", ".png");
        Files.write(photo, TestImages.png(2400, 1600));

        byte[] pdf = documents.render("test-sample",
                Map.of("heading", "文物健檢報告", "text", "木雕神像 龜裂、蟲蛀；Cracking and insect damage.",
                        "photo", images.photo(photo)),
                Locale.TRADITIONAL_CHINESE);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("文物健檢報告", "木雕神像 龜裂、蟲蛀", "Cracking and insect damage",
                    "國立科學工藝博物館"); // from the bundle
            PDPage page = doc.getPage(0);
            List<PDFont> fonts = fonts(page.getResources());
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
            List<PDImageXObject> drawn = images(page.getResources());
            assertThat(drawn).hasSize(2); // letterhead and photo
            // the photo was scaled to print size, not embedded at 2400 px
            assertThat(drawn).allSatisfy(i -> assertThat(i.getWidth()).isLessThanOrEqualTo(DocumentImages.MAX_EDGE));
        }
        assertThat(pdf.length).as("a subset of the font, not the whole 20 MB collection").isLessThan(1_000_000);
    }

    @Test
    void theLanguageOfTheDocumentPicksTheBundle() throws IOException {
        byte[] pdf = documents.render("test-sample", Map.of("heading", "Report", "text", "x",
                "photo", DocumentImages.dataUri(TestImages.png(10, 10), "image/png")), Locale.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("National Science and Technology Museum")
                    .doesNotContain("國立科學工藝博物館");
        }
    }

    @Test
    void theBundledFontHasTrueTypeOutlinesAndIsEmbeddedAsASubset() throws IOException {
        CjkFont bundled = new CjkFont("", "");
        assertThat(bundled.problem()).isNull();
        assertThat(bundled.name()).isEqualTo(CjkFont.BUNDLED_NAME);
        try (CjkFont.OpenFont open = bundled.open()) {
            assertThat(open.font().getTableMap()).containsKey("glyf").doesNotContainKey("CFF ");
            assertThat(open.font().getName()).isEqualTo("NotoSansTC-Regular");
        }
        byte[] pdf = documents.render("test-sample", Map.of("heading", "臺灣文物", "text", "龜裂",
                "photo", DocumentImages.dataUri(TestImages.png(10, 10), "image/png")), Locale.TRADITIONAL_CHINESE);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("臺灣文物", "龜裂");
            List<PDFont> fonts = fonts(doc.getPage(0).getResources());
            // a subset carries a six-letter tag before the font's name (ABCDEF+NotoSansTC-Regular)
            assertThat(fonts).anySatisfy(f -> assertThat(f.getName()).matches("[A-Z]{6}\\+NotoSansTC-Regular"));
            assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        }
    }

    @Test
    void aMissingOverrideFallsBackToTheBundledFontAndSaysSo() throws IOException {
        CjkFont missing = new CjkFont("/nonexistent/font.ttc", "");
        assertThat(missing.problem()).contains("/nonexistent/font.ttc", "museum.documents.cjk-font", "bundled");
        assertThat(missing.usable()).isTrue();
        try (CjkFont.OpenFont open = missing.open()) {
            assertThat(open.font().getName()).isEqualTo("NotoSansTC-Regular");
        }
    }

    @Test
    void anOverrideIsUsedWhenItIsThere() throws IOException {
        Path copy = Files.createTempFile("override", ".ttf");
        try (var in = getClass().getClassLoader().getResourceAsStream(CjkFont.BUNDLED)) {
            Files.write(copy, in.readAllBytes());
        }
        CjkFont override = new CjkFont(copy.toString(), "");
        assertThat(override.problem()).isNull();
        assertThat(override.name()).isEqualTo(copy.toString());
        try (CjkFont.OpenFont open = override.open()) {
            assertThat(open.font().getTableMap()).containsKey("glyf");
        }
    }

    @Test
    void withoutAnyFontDocumentsFailWithAClearError() {
        CjkFont none = new CjkFont(null, "", "fonts/not-in-this-build.ttf");
        assertThat(none.usable()).isFalse();
        assertThat(none.problem()).contains("museum.documents.cjk-font");
        assertThatThrownBy(none::open).isInstanceOf(DocumentException.class)
                .hasMessageContaining("museum.documents.cjk-font");
    }

    @Test
    void aFontWithoutTrueTypeOutlinesIsRefusedWithTheReason() throws IOException {
        Path notoCff = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(notoCff), "fonts-noto-cjk not installed");
        CjkFont cff = new CjkFont(notoCff.toString(), "NotoSansCJKtc-Regular");
        assertThatThrownBy(cff::open).isInstanceOf(DocumentException.class).hasMessageContaining("TrueType outlines");
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> found = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                found.add(image);
            }
        }
        return found;
    }
}
