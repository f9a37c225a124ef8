package tw.museum.iiif.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;
import tw.museum.catalog.agent.AgentData;
import tw.museum.catalog.agent.AgentKind;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.Dimension;
import tw.museum.catalog.artifact.MakerInput;
import tw.museum.catalog.artifact.ProductionDate;
import tw.museum.catalog.artifact.RestrictedData;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.MediaDescription;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.learning.AgeGroup;
import tw.museum.catalog.learning.ItemData;
import tw.museum.catalog.learning.LearningUnitData;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.learning.LearningUnitView;
import tw.museum.catalog.learning.SectionData;
import tw.museum.catalog.support.H2TestDatabase;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.iiif.IiifServerApplication;

/**
 * The standalone IIIF server over a real catalogue (H2): manifests and collections as a viewer fetches
 * them, every 3.0 document validated against the official Presentation 3 JSON Schema.
 */
@SpringBootTest(classes = IiifServerApplication.class, properties = {
        "museum.iiif.base-url=https://museum.example.tw",
        "museum.iiif.presentation.collection-page-size=2",
        "museum.iiif.pyramid-min-pixels=50000000"
})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PresentationApiWebTest {

    static final String BASE = "https://museum.example.tw";
    /** A legacy number with slashes: one path segment, the slashes encoded. */
    static final String SLASHED = "CA13/3/23";
    static final String SLASHED_IN_URL = "CA13%2F3%2F23";
    static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";

    private final JsonMapper json = JsonMapper.builder().build();
    private final PresentationSchema schema = new PresentationSchema();

    @Autowired MockMvc mvc;
    @Autowired ArtifactService artifacts;
    @Autowired MediaService media;
    @Autowired TermService terms;
    @Autowired AgentService agents;
    @Autowired LearningUnitService units;

    private long firstImage;
    private long secondImage;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) throws IOException {
        H2TestDatabase.register(registry);
        registry.add("museum.media.store-dir", Files.createTempDirectory("presentation-media")::toString);
        registry.add("museum.iiif.cache-dir", Files.createTempDirectory("presentation-cache")::toString);
    }

    @BeforeAll
    void catalogue() throws IOException {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("curator.lin", null, "ROLE_CURATOR"));
        term(Vocabulary.CLASSIFICATION, "instr", "科學儀器", "Scientific instruments");
        term(Vocabulary.CLASSIFICATION, "clock", "鐘錶", "Clocks");
        term(Vocabulary.CLASSIFICATION, "empty", "空分類", "Nothing published");
        term(Vocabulary.OBJECT_NAME, "microscope", "顯微鏡", "Microscope");
        term(Vocabulary.MATERIAL, "brass", "黃銅", "Brass");
        term(Vocabulary.MATERIAL, "glass", "玻璃", null);
        long maker = agents.create(new AgentData(AgentKind.PERSON, Bilingual.of("林明", "Lin Ming"), "Lin, Ming",
                null, null, 1850, 1920, null, null)).id();

        artifacts.create(new ArtifactData(SLASHED, Bilingual.of("複式顯微鏡", "Compound microscope"), "microscope",
                "instr", Bilingual.of("黃銅製複式顯微鏡。", "A brass compound microscope."),
                new ProductionDate(Bilingual.of("約1890年", "c. 1890"), 1885, 1895), null,
                List.of(new MakerInput(maker, Bilingual.of("製造", "maker"))), List.of("brass", "glass"), null, null,
                List.of(new Dimension(Bilingual.of("本體", "body"), "height", new BigDecimal("32.5"), "cm")),
                Bilingual.of("銘文", null), Bilingual.of("1950年入藏", "Acquired 1950"),
                Bilingual.of("國立科學工藝博物館典藏", "Collection of NSTM"), CC_BY, null, null,
                new RestrictedData("Store B, shelf 3 SECRET", "internal note SECRET"), null));
        firstImage = attach(SLASHED, 640, 480, Bilingual.of("正面", "Front"));
        secondImage = attach(SLASHED, 300, 500, null);
        artifacts.publish(SLASHED, null);

        artifacts.create(data("OWN-LICENCE", "instr", "https://www.nstm.gov.tw/copyright"));
        attach("OWN-LICENCE", 100, 100, null);
        artifacts.publish("OWN-LICENCE", null);

        artifacts.create(data("DRAFT-1", "instr", null));
        attach("DRAFT-1", 100, 100, null);

        artifacts.create(data("GONE-1", "instr", null));
        attach("GONE-1", 100, 100, null);
        artifacts.publish("GONE-1", null);
        artifacts.withdraw("GONE-1", null);

        artifacts.create(data("NO-IMAGE", "empty", null));
        artifacts.publish("NO-IMAGE", null);

        for (int i = 1; i <= 3; i++) {
            artifacts.create(data("CLOCK-" + i, "clock", null));
            attach("CLOCK-" + i, 120, 90, null);
            artifacts.publish("CLOCK-" + i, null);
        }
    }

    @AfterAll
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void manifestOfAPublishedArtifactIsValidPresentation3WithEverythingAViewerNeeds() throws Exception {
        MvcResult result = fetch(get(URI.create("/iiif/presentation/3/" + SLASHED_IN_URL + "/manifest")));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/json");
        JsonNode m = valid(result);

        String manifestId = BASE + "/iiif/presentation/3/" + SLASHED_IN_URL + "/manifest";
        assertThat(m.path("@context").asString()).isEqualTo("http://iiif.io/api/presentation/3/context.json");
        assertThat(m.path("id").asString()).isEqualTo(manifestId);
        assertThat(m.path("type").asString()).isEqualTo("Manifest");
        assertThat(m.path("label").path("zh-Hant").path(0).asString()).isEqualTo("複式顯微鏡");
        assertThat(m.path("label").path("en").path(0).asString()).isEqualTo("Compound microscope");
        assertThat(m.path("summary").path("en").path(0).asString()).isEqualTo("A brass compound microscope.");
        assertThat(m.path("rights").asString()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
        assertThat(m.path("requiredStatement").path("label").path("zh-Hant").path(0).asString()).isEqualTo("出處");
        assertThat(m.path("requiredStatement").path("value").path("en").path(0).asString()).isEqualTo("Collection of NSTM");

        JsonNode provider = m.path("provider").path(0);
        assertThat(provider.path("type").asString()).isEqualTo("Agent");
        assertThat(provider.path("label").path("zh-Hant").path(0).asString()).isEqualTo("國立科學工藝博物館");
        assertThat(provider.path("homepage").path(0).path("id").asString()).isEqualTo("https://www.nstm.gov.tw/");

        JsonNode homepage = m.path("homepage").path(0);
        assertThat(homepage.path("id").asString()).isEqualTo(BASE + "/objects/" + SLASHED_IN_URL);
        assertThat(homepage.path("format").asString()).isEqualTo("text/html");
        assertThat(homepage.path("label").path("en").path(0).asString()).isEqualTo("Compound microscope");
        assertThat(m.has("seeAlso")).as("no LIDO yet, so no link to it").isFalse();

        JsonNode thumbnail = m.path("thumbnail").path(0);
        assertThat(thumbnail.path("id").asString())
                .isEqualTo(BASE + "/iiif/3/m-" + firstImage + "/full/!400,400/0/default.jpg");
        assertThat(thumbnail.path("service").path(0).path("type").asString()).isEqualTo("ImageService3");

        // Metadata: bilingual labels from the bundle, values in the languages they have.
        assertThat(metadataValue(m, "Object number").path("none").path(0).asString()).isEqualTo(SLASHED);
        assertThat(metadataValue(m, "Classification").path("en").path(0).asString()).isEqualTo("Scientific instruments");
        assertThat(metadataValue(m, "Makers").path("zh-Hant").path(0).asString()).isEqualTo("林明（製造）");
        assertThat(metadataValue(m, "Makers").path("en").path(0).asString()).isEqualTo("Lin Ming (maker)");
        assertThat(metadataValue(m, "Date").path("en").path(0).asString()).isEqualTo("c. 1890");
        assertThat(metadataValue(m, "Materials").path("zh-Hant")).hasSize(2);
        assertThat(metadataValue(m, "Materials").path("en")).as("glass has no English label").hasSize(1);
        assertThat(metadataValue(m, "Dimensions").path("zh-Hant").path(0).asString()).isEqualTo("本體：高 32.5 cm");
        assertThat(metadataValue(m, "Dimensions").path("en").path(0).asString()).isEqualTo("body: Height 32.5 cm");
        assertThat(metadataValue(m, "Inscription").has("en")).as("absent language left out").isFalse();
        assertThat(metadataValue(m, "Provenance").path("en").path(0).asString()).isEqualTo("Acquired 1950");
        assertThat(metadataValue(m, "Licence").isMissingNode()).as("the licence is in rights").isTrue();
        assertThat(m.path("metadata").path(0).path("label").path("zh-Hant").path(0).asString()).isEqualTo("藏品編號");

        // One canvas per image, painted by the full image with its Image API 3 service.
        assertThat(m.path("items")).hasSize(2);
        JsonNode canvas = m.path("items").path(0);
        assertThat(canvas.path("type").asString()).isEqualTo("Canvas");
        assertThat(canvas.path("width").asInt()).isEqualTo(640);
        assertThat(canvas.path("height").asInt()).isEqualTo(480);
        assertThat(canvas.path("label").path("en").path(0).asString()).isEqualTo("Front");
        JsonNode page = canvas.path("items").path(0);
        assertThat(page.path("type").asString()).isEqualTo("AnnotationPage");
        JsonNode painting = page.path("items").path(0);
        assertThat(painting.path("motivation").asString()).isEqualTo("painting");
        assertThat(painting.path("target").asString()).isEqualTo(canvas.path("id").asString());
        JsonNode body = painting.path("body");
        assertThat(body.path("type").asString()).isEqualTo("Image");
        assertThat(body.path("width").asInt()).isEqualTo(640);
        JsonNode service = body.path("service").path(0);
        assertThat(service.path("id").asString()).isEqualTo(BASE + "/iiif/3/m-" + firstImage);
        assertThat(service.path("type").asString()).isEqualTo("ImageService3");
        assertThat(service.path("profile").asString()).isEqualTo("level2");
        assertThat(m.path("items").path(1).path("width").asInt()).isEqualTo(300);
        assertThat(m.path("items").path(1).path("items").path(0).path("items").path(0).path("body").path("service")
                .path(0).path("id").asString()).isEqualTo(BASE + "/iiif/3/m-" + secondImage);

        // Restricted fields never appear anywhere.
        assertThat(result.getResponse().getContentAsString()).doesNotContain("SECRET");
    }

    @Test
    void theImageServiceInTheManifestIsTheOneTheImageServerServes() throws Exception {
        JsonNode m = json.readTree(fetch(get(URI.create("/iiif/presentation/3/" + SLASHED_IN_URL + "/manifest")))
                .getResponse().getContentAsString());
        String service = m.path("items").path(0).path("items").path(0).path("items").path(0).path("body")
                .path("service").path(0).path("id").asString();
        MvcResult info = fetch(get(service.substring(BASE.length()) + "/info.json"));
        assertThat(info.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.readTree(info.getResponse().getContentAsString()).path("id").asString()).isEqualTo(service);
    }

    @Test
    void aLicenceThatIsNotACreativeCommonsOrRightsStatementsUriGoesIntoTheMetadata() throws Exception {
        JsonNode m = valid(fetch(get("/iiif/presentation/3/OWN-LICENCE/manifest")));
        assertThat(m.has("rights")).isFalse();
        assertThat(metadataValue(m, "Licence").path("none").path(0).asString())
                .isEqualTo("https://www.nstm.gov.tw/copyright");
        assertThat(m.has("requiredStatement")).as("no credit line").isFalse();
    }

    @Test
    void draftsWithdrawnUnknownAndImagelessArtifactsHaveNoManifest() throws Exception {
        for (String number : List.of("DRAFT-1", "GONE-1", "NOPE-404", "NO-IMAGE", "CA13", "CA13%2F3")) {
            assertThat(fetch(get(URI.create("/iiif/presentation/3/" + number + "/manifest"))).getResponse().getStatus())
                    .as(number).isEqualTo(404);
            assertThat(fetch(get(URI.create("/iiif/presentation/2/" + number + "/manifest"))).getResponse().getStatus())
                    .as(number).isEqualTo(404);
        }
        // An encoded slash never reaches another handler or file.
        assertThat(fetch(get(URI.create("/iiif/presentation/3/..%2F..%2Fetc%2Fpasswd/manifest"))).getResponse()
                .getStatus()).isIn(400, 404);
    }

    @Test
    void jsonLdWhenAskedForWithCorsAndConditionalRequests() throws Exception {
        String path = "/iiif/presentation/3/" + SLASHED_IN_URL + "/manifest";
        MvcResult ld = fetch(get(URI.create(path)).header("Accept", "application/ld+json")
                .header("Origin", "https://viewer.example.org"));
        assertThat(ld.getResponse().getStatus()).isEqualTo(200);
        assertThat(ld.getResponse().getContentType())
                .isEqualTo("application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"");
        assertThat(ld.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        String etag = ld.getResponse().getHeader("ETag");
        String lastModified = ld.getResponse().getHeader("Last-Modified");
        assertThat(etag).startsWith("\"");
        assertThat(lastModified).isNotBlank();

        MvcResult byEtag = fetch(get(URI.create(path)).header("Accept", "application/ld+json").header("If-None-Match", etag));
        assertThat(byEtag.getResponse().getStatus()).isEqualTo(304);
        assertThat(byEtag.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(byEtag.getResponse().getContentAsByteArray()).isEmpty();
        MvcResult byDate = fetch(get(URI.create(path)).header("If-Modified-Since", lastModified));
        assertThat(byDate.getResponse().getStatus()).isEqualTo(304);
        assertThat(fetch(get(URI.create(path)).header("If-None-Match", "\"other\"")).getResponse().getStatus())
                .isEqualTo(200);

        MvcResult preflight = fetch(options(URI.create(path)).header("Origin", "https://viewer.example.org")
                .header("Access-Control-Request-Method", "GET"));
        assertThat(preflight.getResponse().getStatus()).isEqualTo(204);
        assertThat(preflight.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void presentation21ManifestPointsAtTheImageApi21Service() throws Exception {
        MvcResult result = fetch(get(URI.create("/iiif/presentation/2/" + SLASHED_IN_URL + "/manifest"))
                .header("Accept", "application/ld+json"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType())
                .isEqualTo("application/ld+json;profile=\"http://iiif.io/api/presentation/2/context.json\"");
        JsonNode m = json.readTree(result.getResponse().getContentAsString());
        assertThat(m.path("@context").asString()).isEqualTo("http://iiif.io/api/presentation/2/context.json");
        assertThat(m.path("@id").asString()).isEqualTo(BASE + "/iiif/presentation/2/" + SLASHED_IN_URL + "/manifest");
        assertThat(m.path("@type").asString()).isEqualTo("sc:Manifest");
        assertThat(m.path("label").toString()).contains("複式顯微鏡").contains("Compound microscope");
        assertThat(m.path("license").toString()).contains("http://creativecommons.org/licenses/by/4.0/");
        assertThat(m.path("sequences")).hasSize(1);
        JsonNode canvases = m.path("sequences").path(0).path("canvases");
        assertThat(canvases).hasSize(2);
        JsonNode canvas = canvases.path(0);
        assertThat(canvas.path("@type").asString()).isEqualTo("sc:Canvas");
        assertThat(canvas.path("width").asInt()).isEqualTo(640);
        JsonNode image = canvas.path("images").path(0);
        assertThat(image.path("@type").asString()).isEqualTo("oa:Annotation");
        assertThat(image.path("motivation").asString()).isEqualTo("sc:painting");
        assertThat(image.path("on").asString()).isEqualTo(canvas.path("@id").asString());
        JsonNode service = image.path("resource").path("service");
        assertThat(service.path("@id").asString()).isEqualTo(BASE + "/iiif/2/m-" + firstImage);
        assertThat(service.path("profile").toString()).contains("http://iiif.io/api/image/2/level2.json");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("SECRET");
    }

    @Test
    void topCollectionListsClassificationsThatHavePublishedArtifacts() throws Exception {
        JsonNode top = valid(fetch(get("/iiif/presentation/3/collection/top")));
        assertThat(top.path("type").asString()).isEqualTo("Collection");
        assertThat(top.path("id").asString()).isEqualTo(BASE + "/iiif/presentation/3/collection/top");
        List<String> ids = new ArrayList<>();
        top.path("items").forEach(i -> ids.add(i.path("id").asString()));
        assertThat(ids).contains(BASE + "/iiif/presentation/3/collection/classification/instr",
                BASE + "/iiif/presentation/3/collection/classification/clock");
        assertThat(top.path("items").path(0).path("type").asString()).isEqualTo("Collection");
    }

    @Test
    void classificationCollectionListsItsPublishedManifestsWithThumbnails() throws Exception {
        JsonNode c = valid(fetch(get("/iiif/presentation/3/collection/classification/instr")));
        assertThat(c.path("label").path("en").path(0).asString()).isEqualTo("Scientific instruments");
        List<String> ids = new ArrayList<>();
        c.path("items").forEach(i -> ids.add(i.path("id").asString()));
        assertThat(ids).containsExactly(BASE + "/iiif/presentation/3/" + SLASHED_IN_URL + "/manifest",
                BASE + "/iiif/presentation/3/OWN-LICENCE/manifest");
        JsonNode first = c.path("items").path(0);
        assertThat(first.path("type").asString()).isEqualTo("Manifest");
        assertThat(first.path("label").path("zh-Hant").path(0).asString()).isEqualTo("複式顯微鏡");
        assertThat(first.path("thumbnail").path(0).path("service").path(0).path("id").asString())
                .isEqualTo(BASE + "/iiif/3/m-" + firstImage);

        assertThat(fetch(get("/iiif/presentation/3/collection/classification/nope")).getResponse().getStatus()).isEqualTo(404);
        // Published, but nothing with an image: listed, with no manifest to offer.
        assertThat(valid(fetch(get("/iiif/presentation/3/collection/classification/empty"))).path("items")).isEmpty();
    }

    @Test
    void aPublishedLearningUnitIsACollectionOfItsPublishedObjects() throws Exception {
        String slug = "semiconductors";
        LearningUnitView unit = units.create(new LearningUnitData(slug, Bilingual.of("顯微鏡與鐘錶", "Microscopes and clocks"),
                Bilingual.of("看得更清楚。", "Seeing more clearly."), null, AgeGroup.SENIOR_HIGH, null, null, null,
                List.of(new SectionData(Bilingual.of("鏡", null), null, List.of(new ItemData(SLASHED, null, null),
                                new ItemData("DRAFT-1", null, null), new ItemData("GONE-1", null, null))),
                        new SectionData(Bilingual.of("鐘", null), null, List.of(new ItemData("CLOCK-2", null, null),
                                new ItemData("NO-IMAGE", null, null)))), null));
        String path = "/iiif/presentation/3/collection/learning-unit/" + slug;
        assertThat(fetch(get(path)).getResponse().getStatus()).as("a draft unit").isEqualTo(404);
        unit = units.schedule(slug, java.time.Instant.now().plusSeconds(3600), unit.version());
        assertThat(fetch(get(path)).getResponse().getStatus()).as("a unit not yet due").isEqualTo(404);
        units.schedule(slug, java.time.Instant.now().minusSeconds(1), unit.version());

        JsonNode c = valid(fetch(get(path)));
        assertThat(c.path("type").asString()).isEqualTo("Collection");
        assertThat(c.path("id").asString()).isEqualTo(BASE + path);
        assertThat(c.path("label").path("en").path(0).asString()).isEqualTo("Microscopes and clocks");
        assertThat(c.path("homepage").path(0).path("id").asString()).endsWith("/learn/" + slug);
        List<String> ids = new java.util.ArrayList<>();
        c.path("items").forEach(i -> ids.add(i.path("id").asString()));
        // in story order; the draft, the withdrawn object and the one without an image have no manifest here
        assertThat(ids).containsExactly(BASE + "/iiif/presentation/3/" + SLASHED_IN_URL + "/manifest",
                BASE + "/iiif/presentation/3/CLOCK-2/manifest");
        assertThat(c.toString()).doesNotContain("DRAFT-1", "GONE-1", "SECRET");
    }

    @Test
    void aClassificationLargerThanOnePageIsSplitIntoPageCollections() throws Exception {
        // The page size is 2 here (at most 1,000 in production): 3 clocks make 2 pages.
        JsonNode c = valid(fetch(get("/iiif/presentation/3/collection/classification/clock")));
        assertThat(c.path("items")).hasSize(2);
        assertThat(c.path("items").path(0).path("type").asString()).isEqualTo("Collection");
        String second = c.path("items").path(1).path("id").asString();
        assertThat(second).isEqualTo(BASE + "/iiif/presentation/3/collection/classification/clock?page=2");
        assertThat(c.path("items").path(1).path("label").path("en").path(0).asString()).isEqualTo("Clocks (items 3 to 3)");

        JsonNode page1 = valid(fetch(get("/iiif/presentation/3/collection/classification/clock?page=1")));
        assertThat(page1.path("items")).hasSize(2);
        assertThat(page1.path("partOf").path(0).path("id").asString())
                .isEqualTo(BASE + "/iiif/presentation/3/collection/classification/clock");
        JsonNode page2 = valid(fetch(get(URI.create(second.substring(BASE.length())))));
        assertThat(page2.path("items")).hasSize(1);
        assertThat(page2.path("items").path(0).path("id").asString()).endsWith("/CLOCK-3/manifest");
        assertThat(fetch(get("/iiif/presentation/3/collection/classification/clock?page=3")).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theSchemaCatchesBrokenManifests() throws Exception {
        String valid = fetch(get(URI.create("/iiif/presentation/3/" + SLASHED_IN_URL + "/manifest")))
                .getResponse().getContentAsString();
        ObjectNode noLabel = (ObjectNode) json.readTree(valid);
        noLabel.remove("label");
        ObjectNode plainLabel = (ObjectNode) json.readTree(valid);
        plainLabel.put("label", "複式顯微鏡");
        ObjectNode httpsRights = (ObjectNode) json.readTree(valid);
        httpsRights.put("rights", "https://example.org/licence");
        ObjectNode textWidth = (ObjectNode) json.readTree(valid);
        ((ObjectNode) textWidth.path("items").path(0)).put("width", "wide");
        for (ObjectNode broken : List.of(noLabel, plainLabel, httpsRights, textWidth)) {
            assertThat(schema.validate(broken)).as("the validator really validates").isNotEmpty();
        }
    }

    private JsonNode valid(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode document = json.readTree(result.getResponse().getContentAsString());
        assertThat(schema.validate(document)).as("IIIF Presentation 3 schema errors").isEmpty();
        return document;
    }

    private static JsonNode metadataValue(JsonNode manifest, String englishLabel) {
        for (JsonNode pair : manifest.path("metadata")) {
            if (englishLabel.equals(pair.path("label").path("en").path(0).asString())) {
                return pair.path("value");
            }
        }
        return MissingNode.getInstance();
    }

    private MvcResult fetch(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private void term(Vocabulary vocabulary, String code, String zh, String en) {
        terms.create(vocabulary, new TermData(code, Bilingual.of(zh, en), null, null, null));
    }

    private static ArtifactData data(String number, String classification, String licence) {
        return new ArtifactData(number, Bilingual.of("藏品 " + number, "Object " + number), null, classification,
                null, null, null, null, null, null, null, null, null, null, null, licence, null, null, null, null);
    }

    private long attach(String number, int width, int height, Bilingual caption) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return media.attach(number, number.replace('/', '-') + ".png", new ByteArrayInputStream(out.toByteArray()),
                new MediaDescription(caption, null, null, null, null, null)).id();
    }
}
