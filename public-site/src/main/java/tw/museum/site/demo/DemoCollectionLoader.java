package tw.museum.site.demo;

import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tw.museum.catalog.agent.AgentData;
import tw.museum.catalog.agent.AgentKind;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.Dimension;
import tw.museum.catalog.artifact.MakerInput;
import tw.museum.catalog.artifact.ProductionDate;
import tw.museum.catalog.artifact.RestrictedData;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.MediaDescription;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.vocabulary.TermCodes;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.learning.AgeGroup;
import tw.museum.catalog.learning.ItemData;
import tw.museum.catalog.learning.LearningUnitData;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.learning.LearningUnitView;
import tw.museum.catalog.learning.Reference;
import tw.museum.catalog.learning.SectionData;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.catalog.valuation.ValuationData;
import tw.museum.catalog.valuation.ValuationPurpose;
import tw.museum.catalog.valuation.ValuationService;

/**
 * Fills an empty catalogue with the demo collection (real M+ records, CC0) on the first start, in one
 * transaction: a start interrupted half-way leaves no half collection, and the next start loads it again.
 * A catalogue with any record is never touched, so restarting never duplicates anything.
 */
@Component
@Order(100)
class DemoCollectionLoader implements ApplicationRunner {

    static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
    private static final Logger log = LoggerFactory.getLogger(DemoCollectionLoader.class);

    private final DemoProperties properties;
    private final ArtifactService artifacts;
    private final AgentService agents;
    private final TermService terms;
    private final MediaService media;
    private final ColourIllustration illustration;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final LearningUnitService learningUnits;
    private final DemoLocations demoLocations;
    private final Clock clock;
    private final DemoExhibitions exhibitions;
    private final ValuationService valuations;

    DemoCollectionLoader(DemoProperties properties, ArtifactService artifacts, AgentService agents, TermService terms,
                         MediaService media, ColourIllustration illustration, ObjectMapper json,
                         TransactionTemplate transaction, EntityManager entityManager,
                         LearningUnitService learningUnits, DemoLocations demoLocations, Clock clock,
                         DemoExhibitions exhibitions, ValuationService valuations) {
        this.exhibitions = exhibitions;
        this.properties = properties;
        this.artifacts = artifacts;
        this.agents = agents;
        this.terms = terms;
        this.media = media;
        this.illustration = illustration;
        this.json = json;
        this.transaction = transaction;
        this.entityManager = entityManager;
        this.learningUnits = learningUnits;
        this.demoLocations = demoLocations;
        this.clock = clock;
        this.valuations = valuations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || artifacts.count() > 0) {
            return;
        }
        long start = System.nanoTime();
        int loaded = transaction.execute(status -> load());
        log.info("Loaded the demo collection: {} records in {} ms", loaded, (System.nanoTime() - start) / 1_000_000);
    }

    /** Every seventh record has an insurance valuation, so the registrars' pages show some. */
    private void demoValuation(String objectNumber, int index) {
        if (index % 7 == 0) {
            valuations.record(objectNumber, new ValuationData(new BigDecimal(50_000 + index * 1_000), "TWD",
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(index % 12 + 1), "示範估價師 林",
                    ValuationPurpose.INSURANCE, null, "示範資料 / Demo data", null));
        }
    }

    private int load() {
        Map<Long, Long> agentIds = new HashMap<>();
        for (JsonNode p : lines("demo/mplus-constituents.jsonl")) {
            AgentData data = new AgentData(
                    "Organization".equals(p.path("type").asString()) ? AgentKind.ORGANIZATION : AgentKind.PERSON,
                    bilingual(p.path("name")), p.path("alphaSortName").path("en").asString(null),
                    bilingual(p.path("displayBio")), bilingual(p.path("nationality")),
                    intOrNull(p.path("beginDate")), intOrNull(p.path("endDate")), "mplus:" + p.path("id").asLong(),
                    null);
            agentIds.put(p.path("id").asLong(), agents.create(data).id());
        }
        Map<String, TermView> termCache = new HashMap<>();
        List<JsonNode> objects = lines("demo/mplus-objects.jsonl");
        // Drawing and encoding the images is the slow part and needs no database: both cores do it first.
        List<byte[]> images = objects.parallelStream()
                .map(o -> illustration.jpeg(colours(o), o.path("id").asLong()))
                .toList();
        int draftsFrom = objects.size() - Math.max(0, properties.draftCount());
        for (int i = 0; i < objects.size(); i++) {
            JsonNode o = objects.get(i);
            String objectNumber = o.path("objectNumber").asString();
            artifacts.create(artifact(o, agentIds, termCache, i),
                    i < draftsFrom ? ArtifactStatus.PUBLISHED : ArtifactStatus.DRAFT);
            media.attach(objectNumber, "illustration.jpg", new ByteArrayInputStream(images.get(i)),
                    new MediaDescription(Bilingual.of("依作品主要色彩繪製的示意圖，並非作品照片",
                            "Illustration drawn from the work's predominant colours, not a photograph of the work"),
                            "CC0 1.0", false, null, true, null));
            demoValuation(objectNumber, i);
            // One transaction for the whole load, but a persistence context per record: otherwise every
            // flush re-checks all the entities loaded so far and the load slows down quadratically.
            entityManager.flush();
            entityManager.clear();
        }
        for (JsonNode unit : lines("demo/learning-units.jsonl")) {
            learningUnit(unit, termCache);
        }
        demoLocations.load(lines("demo/locations.jsonl"),
                objects.stream().map(o -> o.path("objectNumber").asString()).toList());
        exhibitions.load();
        return objects.size();
    }

    /** A learning unit written about demo records (demo/learning-units.jsonl), published at once. */
    private void learningUnit(JsonNode u, Map<String, TermView> termCache) {
        List<String> themes = new ArrayList<>();
        for (JsonNode t : u.path("themes")) {
            Bilingual label = bilingual(t);
            themes.add(term(Vocabulary.SUBJECT, label.zh(), label.en(), termCache));
        }
        List<Reference> references = new ArrayList<>();
        for (JsonNode r : u.path("references")) {
            references.add(new Reference(bilingual(r.path("citation")), r.path("url").asString(null)));
        }
        List<SectionData> sections = new ArrayList<>();
        for (JsonNode s : u.path("sections")) {
            List<ItemData> items = new ArrayList<>();
            for (JsonNode i : s.path("items")) {
                items.add(new ItemData(i.path("objectNumber").asString(), null, bilingual(i.path("caption"))));
            }
            sections.add(new SectionData(bilingual(s.path("heading")), bilingual(s.path("body")), items));
        }
        LearningUnitView created = learningUnits.create(new LearningUnitData(u.path("slug").asString(),
                bilingual(u.path("title")), bilingual(u.path("summary")), themes,
                AgeGroup.valueOf(u.path("ageGroup").asString()), bilingual(u.path("goals")),
                bilingual(u.path("questions")), references, sections, null));
        learningUnits.schedule(created.slug(), clock.instant(), created.version());
    }

    private ArtifactData artifact(JsonNode o, Map<Long, Long> agentIds, Map<String, TermView> termCache, int index) {
        JsonNode category = o.path("classification").path("category");
        String classification = term(Vocabulary.CLASSIFICATION, first(category.path("zh-hant")),
                first(category.path("en")), termCache);
        List<String> materials = new ArrayList<>();
        String mediumEn = o.path("medium").path("en").asString(null);
        String mediumZh = o.path("medium").path("zh-hant").asString(null);
        if (mediumZh != null || mediumEn != null) {
            String[] en = mediumEn == null ? new String[0] : mediumEn.split(",\\s*");
            String[] zh = mediumZh == null ? new String[0] : mediumZh.split("[，、,]\\s*");
            if (en.length == zh.length) {
                for (int i = 0; i < en.length; i++) {
                    materials.add(term(Vocabulary.MATERIAL, zh[i], en[i], termCache));
                }
            } else {
                materials.add(term(Vocabulary.MATERIAL, mediumZh != null ? mediumZh : mediumEn, mediumEn, termCache));
            }
        }
        List<MakerInput> makers = new ArrayList<>();
        for (JsonNode c : o.path("constituents")) {
            Long agentId = agentIds.get(c.path("id").asLong());
            if (agentId != null) {
                makers.add(new MakerInput(agentId, bilingual(c.path("role"))));
            }
        }
        String altText = o.path("images").path(0).path("altText").asString(null);
        RestrictedData restricted = index % 7 == 0
                ? new RestrictedData("典藏庫房 B" + (index % 4 + 1) + "-" + (index % 30 + 1),
                        "示範資料：保險估值見估價紀錄。")
                : RestrictedData.empty();
        return new ArtifactData(
                o.path("objectNumber").asString(),
                bilingual(o.path("title")),
                null,
                classification,
                Bilingual.of(null, altText),
                new ProductionDate(bilingual(o.path("displayDate")), year(o.path("beginDate")),
                        year(o.path("endDate"))),
                null,
                makers,
                materials.stream().distinct().toList(),
                List.of(),
                List.of(),
                dimensions(o.path("dimensionDetails")),
                null,
                null,
                Bilingual.of(text(o.path("creditLine").path("zh-hant")) + "（資料來源：M+ 博物館，香港）",
                        text(o.path("creditLine").path("en")) + " (source: M+ Museum, Hong Kong)"),
                CC0,
                Bilingual.of("目錄資料：M+ 博物館，香港，CC0 1.0", "Catalogue data: M+ Museum, Hong Kong, CC0 1.0"),
                List.of(),
                restricted,
                null);
    }

    private static List<Dimension> dimensions(JsonNode d) {
        List<Dimension> out = new ArrayList<>();
        String unit = d.path("unit").asString(null);
        if (unit == null || !List.of("cm", "mm", "m", "in").contains(unit)) {
            return out;
        }
        Bilingual part = Bilingual.of(null, d.path("element").asString(null));
        for (String aspect : List.of("height", "width", "depth")) {
            JsonNode v = d.path(aspect);
            if (v.isNumber() && v.decimalValue().signum() > 0) {
                out.add(new Dimension(part, aspect, v.decimalValue(), unit));
            }
        }
        return out;
    }

    private String term(Vocabulary vocabulary, String zh, String en, Map<String, TermView> cache) {
        String label = zh != null ? zh : en;
        String code = TermCodes.fromLabel(en != null ? en : label);
        String key = vocabulary + "/" + code;
        TermView existing = cache.get(key);
        if (existing == null) {
            existing = terms.create(vocabulary, new TermData(code, Bilingual.of(label, en), null, null, null));
            cache.put(key, existing);
        }
        return existing.code();
    }

    private List<ColourIllustration.Share> colours(JsonNode o) {
        List<ColourIllustration.Share> shares = new ArrayList<>();
        for (JsonNode c : o.path("color").path("predominant")) {
            shares.add(new ColourIllustration.Share(c.path("color").asString(), c.path("value").asDouble()));
        }
        return shares.isEmpty() ? List.of(new ColourIllustration.Share("#888888", 1)) : shares;
    }

    private List<JsonNode> lines(String resource) {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Bilingual bilingual(JsonNode node) {
        return Bilingual.of(node.path("zh-hant").asString(null), node.path("en").asString(null));
    }

    private static String first(JsonNode array) {
        return array.isArray() && !array.isEmpty() ? array.get(0).asString(null) : null;
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : "";
    }

    /** M+ writes 0 for an unknown year. */
    private static Integer year(JsonNode node) {
        Integer year = intOrNull(node);
        return year == null || year == 0 ? null : year;
    }

    private static Integer intOrNull(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }
}
