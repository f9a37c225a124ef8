package tw.museum.site.demo;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.condition.ConditionCheckData;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionGrade;
import tw.museum.catalog.condition.ConditionSubject;
import tw.museum.catalog.condition.DamageData;
import tw.museum.catalog.conservation.PhotoStage;
import tw.museum.catalog.conservation.StoryPhotoData;
import tw.museum.catalog.conservation.TreatmentStoryData;
import tw.museum.catalog.conservation.TreatmentStoryService;
import tw.museum.catalog.conservation.TreatmentStoryView;
import tw.museum.catalog.exhibition.ExhibitData;
import tw.museum.catalog.exhibition.ExhibitionData;
import tw.museum.catalog.exhibition.ExhibitionKind;
import tw.museum.catalog.exhibition.ExhibitionService;
import tw.museum.catalog.exhibition.ExhibitionView;
import tw.museum.catalog.media.MediaFile;
import tw.museum.catalog.media.MediaService;

/**
 * The demo's past exhibition of lamps and signs, and a published treatment story of the neon sign
 * ({@code demo/exhibitions.json}), loaded with the demo collection in its transaction. The story's photos are
 * the record's own illustration, dimmed and spotted for "before"; it is written and approved by two demo
 * names, as the review rule asks.
 */
@Component
class DemoExhibitions {

    static final String AUTHOR = "demo.conservator";
    static final String REVIEWER = "demo.curator";
    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");

    private final ExhibitionService exhibitions;
    private final TreatmentStoryService stories;
    private final ConditionCheckService conditions;
    private final ArtifactService artifacts;
    private final MediaService media;
    private final ObjectMapper json;
    private final Clock clock;

    DemoExhibitions(ExhibitionService exhibitions, TreatmentStoryService stories, ConditionCheckService conditions,
                    ArtifactService artifacts, MediaService media, ObjectMapper json, Clock clock) {
        this.exhibitions = exhibitions;
        this.stories = stories;
        this.conditions = conditions;
        this.artifacts = artifacts;
        this.media = media;
        this.json = json;
        this.clock = clock;
    }

    void load() {
        JsonNode demo;
        try (InputStream in = new ClassPathResource("demo/exhibitions.json").getInputStream()) {
            demo = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exhibition(demo.path("exhibition"));
        story(demo.path("story"));
    }

    private ExhibitionView exhibition(JsonNode e) {
        LocalDate today = LocalDate.now(clock.withZone(MUSEUM_ZONE));
        List<ExhibitData> objects = new ArrayList<>();
        for (JsonNode o : e.path("objects")) {
            if (artifacts.exists(o.path("objectNumber").asString())) {
                objects.add(new ExhibitData(o.path("objectNumber").asString(), bilingual(o.path("label")),
                        o.path("displayNotes").asString(null)));
            }
        }
        ExhibitionView created = exhibitions.create(new ExhibitionData(bilingual(e.path("title")),
                bilingual(e.path("description")), bilingual(e.path("venue")), ExhibitionKind.IN_HOUSE,
                e.path("curator").asString(null), today.minusMonths(e.path("openedMonthsAgo").asInt()),
                today.minusMonths(e.path("closedMonthsAgo").asInt()), null, objects, null));
        return exhibitions.publish(created.number(), created.version());
    }

    private void story(JsonNode s) {
        String objectNumber = s.path("objectNumber").asString();
        Optional<PublicArtifactView> artifact = artifacts.findPublished(objectNumber);
        if (artifact.isEmpty() || artifact.get().leadImage() == null) {
            return; // a demo trimmed to fewer records: no story rather than a broken one
        }
        MediaFile image = media.file(artifact.get().leadImage().id(), true).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(MUSEUM_ZONE));
        String examiner = s.path("examinedBy").asString();
        JsonNode photos = s.path("photos");
        TreatmentStoryView story = as(AUTHOR, () -> {
            ConditionCheckView examined = conditions.record(ConditionSubject.artifact(objectNumber), check(
                    ConditionContext.CONSERVATION, today.minusDays(s.path("examinedDaysAgo").asInt()), examiner,
                    ConditionGrade.POOR, bilingual(s.path("examination")), null));
            examined = conditions.addPhotos(examined.id(), List.of(new ByteArrayResource(before(image))),
                    List.of(bilingual(photos.path(0).path("caption"))), examined.version());
            ConditionCheckView treated = conditions.record(ConditionSubject.artifact(objectNumber), check(
                    ConditionContext.TREATMENT, today.minusDays(s.path("treatedDaysAgo").asInt()), examiner,
                    ConditionGrade.GOOD, null, bilingual(s.path("treatment"))));
            treated = conditions.addPhotos(treated.id(), List.of(new ByteArrayResource(after(image))),
                    List.of(bilingual(photos.path(1).path("caption"))), treated.version());
            TreatmentStoryView written = stories.create(new TreatmentStoryData(objectNumber, treated.id(),
                    bilingual(s.path("title")), bilingual(s.path("summary")), bilingual(s.path("body")), true,
                    List.of(new StoryPhotoData(examined.photos().get(0).id(), PhotoStage.BEFORE,
                                    bilingual(photos.path(0).path("caption"))),
                            new StoryPhotoData(treated.photos().get(0).id(), PhotoStage.AFTER,
                                    bilingual(photos.path(1).path("caption")))), null));
            return stories.submit(written.id(), written.version());
        });
        as(REVIEWER, () -> stories.approve(story.id(), story.version()));
    }

    private static ConditionCheckData check(ConditionContext context, LocalDate on, String examiner,
                                            ConditionGrade grade, Bilingual summary, Bilingual treatment) {
        List<DamageData> damages = context == ConditionContext.CONSERVATION
                ? List.of(new DamageData("soiling", null), new DamageData("corrosion", null)) : List.of();
        return new ConditionCheckData(context, null, on, examiner, null, null, 1, null, null, null, null, grade,
                summary, damages, null, null, null, null, treatment);
    }

    /** Runs a step as a named (demo) member of staff, so the audit trail and the review rule see two people. */
    private static <T> T as(String actor, Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                AuthorityUtils.createAuthorityList("ROLE_CONSERVATOR")));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The record's illustration as it came in: dimmed by grime, with rust-coloured spots. */
    private static byte[] before(MediaFile image) {
        BufferedImage picture = read(image);
        Graphics2D g = picture.createGraphics();
        try {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.45f));
            g.setColor(new Color(70, 60, 45));
            g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
            Random spots = new Random(1978);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.8f));
            for (int i = 0; i < 60; i++) {
                int d = 8 + spots.nextInt(40);
                g.setColor(new Color(120 + spots.nextInt(40), 60 + spots.nextInt(20), 20));
                g.fillOval(spots.nextInt(picture.getWidth()), spots.nextInt(picture.getHeight()), d, d);
            }
        } finally {
            g.dispose();
        }
        return jpeg(picture);
    }

    private static byte[] after(MediaFile image) {
        return jpeg(read(image));
    }

    private static BufferedImage read(MediaFile image) {
        try {
            BufferedImage original = ImageIO.read(image.original().toFile());
            // a smaller copy: condition photos are working documents, not masters
            BufferedImage copy = new BufferedImage(1200, 1200 * original.getHeight() / original.getWidth(),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = copy.createGraphics();
            g.drawImage(original, 0, 0, copy.getWidth(), copy.getHeight(), null);
            g.dispose();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Bilingual bilingual(JsonNode node) {
        return Bilingual.of(node.path("zh-hant").asString(null), node.path("en").asString(null));
    }
}
