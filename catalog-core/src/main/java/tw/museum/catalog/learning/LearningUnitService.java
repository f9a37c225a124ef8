package tw.museum.catalog.learning;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.artifact.ArtifactRepository;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaRepository;
import tw.museum.catalog.media.MediaView;
import tw.museum.catalog.vocabulary.Term;
import tw.museum.catalog.vocabulary.TermRef;
import tw.museum.catalog.vocabulary.TermRepository;
import tw.museum.catalog.vocabulary.Vocabulary;

/**
 * Learning units: authoring with audit history and optimistic locking, scheduled publication, and the
 * public side. A unit is public once its publication time has come (read from the injected clock on every
 * request, so all nodes agree and nothing has to run at that moment); before that, it does not exist for
 * the public anywhere.
 */
@Service
@Transactional
public class LearningUnitService {

    public static final String AUDIT_TYPE = "learning-unit";
    /** Lower-case words joined by hyphens: the unit's address ({@code /learn/semiconductors}). */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_SECTIONS = 50;
    private static final int MAX_ITEMS = 200;

    private final LearningUnitRepository units;
    private final ArtifactRepository artifactRecords;
    private final ArtifactService artifacts;
    private final MediaRepository media;
    private final TermRepository terms;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final ChangeFeed feed;

    public LearningUnitService(LearningUnitRepository units, ArtifactRepository artifactRecords,
                               ArtifactService artifacts, MediaRepository media, TermRepository terms, AuditLog audit,
                               CurrentActor actor, Clock clock, ChangeFeed feed) {
        this.units = units;
        this.artifactRecords = artifactRecords;
        this.artifacts = artifacts;
        this.media = media;
        this.terms = terms;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.feed = feed;
    }

    // --- staff -----------------------------------------------------------------------------------------

    public LearningUnitView create(LearningUnitData data) {
        Checks checks = new Checks();
        String slug = data.slug() == null ? null : data.slug().strip();
        checks.require("slug", slug);
        if (slug != null && !slug.isEmpty()) {
            if (slug.length() > 80 || !SLUG.matcher(slug).matches()) {
                checks.add("slug", "slug-format");
            } else if (units.existsBySlug(slug)) {
                checks.add("slug", "duplicate", slug);
            }
        }
        List<UnitItem> items = check(data, checks);
        checks.throwIfAny();
        Instant now = clock.instant();
        LearningUnit unit = new LearningUnit(slug, now, actor.name());
        unit.apply(data, items, now, actor.name());
        units.saveAndFlush(unit);
        LearningUnitView after = view(unit);
        audit.record(AUDIT_TYPE, slug, AuditAction.CREATE, null, after);
        feed.record(ChangeFeed.LEARNING_UNIT, slug);
        return after;
    }

    public LearningUnitView update(String slug, LearningUnitData data) {
        LearningUnit unit = find(slug);
        StaleVersionException.check(AUDIT_TYPE, slug, data.version(), unit.getVersion());
        Checks checks = new Checks();
        if (data.slug() != null && !data.slug().isBlank() && !data.slug().strip().equals(slug)) {
            checks.add("slug", "immutable");
        }
        List<UnitItem> items = check(data, checks);
        checks.throwIfAny();
        LearningUnitView before = view(unit);
        unit.apply(data, items, clock.instant(), actor.name());
        return saved(unit, before, AuditAction.UPDATE);
    }

    /** Publishes at {@code at} (now or in the past: at once); the unit stays invisible until then. */
    public LearningUnitView schedule(String slug, Instant at, Long version) {
        Objects.requireNonNull(at, "at");
        LearningUnit unit = find(slug);
        StaleVersionException.check(AUDIT_TYPE, slug, version, unit.getVersion());
        LearningUnitView before = view(unit);
        unit.schedule(at, clock.instant(), actor.name());
        return saved(unit, before, AuditAction.PUBLISH);
    }

    /** Back to a draft: off the public side at once, whether it was published or only scheduled. */
    public LearningUnitView unpublish(String slug, Long version) {
        LearningUnit unit = find(slug);
        StaleVersionException.check(AUDIT_TYPE, slug, version, unit.getVersion());
        LearningUnitView before = view(unit);
        unit.schedule(null, clock.instant(), actor.name());
        return saved(unit, before, AuditAction.WITHDRAW);
    }

    /** Moves a section one place up ({@code delta} -1) or down (+1), its items with it. */
    public LearningUnitView moveSection(String slug, int index, int delta, Long version) {
        if (delta != -1 && delta != 1) {
            throw new IllegalArgumentException("delta must be -1 or 1");
        }
        LearningUnit unit = find(slug);
        StaleVersionException.check(AUDIT_TYPE, slug, version, unit.getVersion());
        LearningUnitView before = view(unit);
        if (!unit.moveSection(index, delta, clock.instant(), actor.name())) {
            new Checks().add("sections[" + index + "]", "out-of-range", 0, Math.max(0, before.sections().size() - 1))
                    .throwIfAny();
        }
        return saved(unit, before, AuditAction.UPDATE);
    }

    @Transactional(readOnly = true)
    public LearningUnitView get(String slug) {
        return view(find(slug));
    }

    @Transactional(readOnly = true)
    public List<LearningUnitView> list() {
        return units.findAllByOrderBySlug().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> history(String slug) {
        find(slug);
        return audit.history(AUDIT_TYPE, slug);
    }

    private LearningUnitView saved(LearningUnit unit, LearningUnitView before, AuditAction action) {
        units.saveAndFlush(unit);
        LearningUnitView after = view(unit);
        audit.record(AUDIT_TYPE, unit.getSlug(), action, before, after);
        feed.record(ChangeFeed.LEARNING_UNIT, unit.getSlug());
        return after;
    }

    private LearningUnit find(String slug) {
        if (slug == null) {
            throw new RecordNotFoundException(AUDIT_TYPE, null);
        }
        return units.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, slug));
    }

    /** Checks everything staff submitted; returns the items resolved to artifact ids. */
    private List<UnitItem> check(LearningUnitData d, Checks checks) {
        checks.require("title.zh", d.title().zh())
                .maxLength("title", d.title(), 500)
                .maxLength("summary", d.summary(), 4000)
                .maxLength("goals", d.goals(), 8000)
                .maxLength("questions", d.questions(), 8000);
        if (d.ageGroup() == null) {
            checks.add("ageGroup", "required");
        }
        for (int i = 0; i < d.themes().size(); i++) {
            String code = d.themes().get(i);
            if (code == null || terms.findByVocabularyAndCode(Vocabulary.SUBJECT, code).isEmpty()) {
                checks.add("themes[" + i + "]", "unknown-term", code);
            }
        }
        for (int i = 0; i < d.references().size(); i++) {
            Reference r = d.references().get(i);
            String field = "references[" + i + "]";
            if ((r.citation() == null || r.citation().isEmpty()) && (r.url() == null || r.url().isBlank())) {
                checks.add(field + ".citation.zh", "required");
            }
            checks.maxLength(field + ".citation", r.citation(), 1000).maxLength(field + ".url", r.url(), 2000);
            if (r.url() != null && !r.url().isBlank() && !isWebAddress(r.url().strip())) {
                checks.add(field + ".url", "url-format");
            }
        }
        if (d.sections().size() > MAX_SECTIONS) {
            checks.add("sections", "too-long", MAX_SECTIONS);
        }
        List<UnitItem> items = new ArrayList<>();
        for (int s = 0; s < d.sections().size(); s++) {
            SectionData section = d.sections().get(s);
            String field = "sections[" + s + "]";
            checks.maxLength(field + ".heading", section.heading(), 500).maxLength(field + ".body", section.body(), 20000);
            for (int i = 0; i < section.items().size(); i++) {
                resolve(section.items().get(i), s, field + ".items[" + i + "]", checks).ifPresent(items::add);
            }
        }
        if (items.size() > MAX_ITEMS) {
            checks.add("sections", "too-long", MAX_ITEMS);
        }
        return items;
    }

    private Optional<UnitItem> resolve(ItemData item, int section, String field, Checks checks) {
        checks.maxLength(field + ".caption", item.caption(), 2000);
        String number = item.objectNumber() == null ? null : item.objectNumber().strip();
        if (number == null || number.isEmpty()) {
            checks.add(field + ".objectNumber", "required");
            return Optional.empty();
        }
        Optional<Artifact> artifact = artifactRecords.findByObjectNumber(number);
        if (artifact.isEmpty()) {
            checks.add(field + ".objectNumber", "unknown-artifact", number);
            return Optional.empty();
        }
        if (item.mediaId() != null && media.findById(item.mediaId())
                .filter(m -> m.getArtifact().getId().equals(artifact.get().getId())).isEmpty()) {
            checks.add(field + ".mediaId", "unknown-media", item.mediaId(), number);
            return Optional.empty();
        }
        return Optional.of(new UnitItem(section, artifact.get().getId(), item.mediaId(), item.caption()));
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private LearningUnitView view(LearningUnit u) {
        List<UnitItem> items = u.items();
        Map<Long, Artifact> byId = artifactRecords.findAllById(items.stream().map(UnitItem::artifactId).distinct().toList())
                .stream().collect(Collectors.toMap(Artifact::getId, Function.identity()));
        List<UnitSection> sections = u.sections();
        List<SectionView> sectionViews = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            int index = s;
            List<ItemView> itemViews = items.stream().filter(i -> i.sectionIndex() == index).map(i -> {
                Artifact a = byId.get(i.artifactId());
                return new ItemView(a.getObjectNumber(), a.getTitle(), a.getStatus(), i.mediaId(), i.caption());
            }).toList();
            sectionViews.add(new SectionView(sections.get(s).heading(), sections.get(s).body(), itemViews));
        }
        return new LearningUnitView(u.getId(), u.getSlug(), u.getTitle(), u.getSummary(), themes(u), u.getAgeGroup(),
                u.getGoals(), u.getQuestions(), u.references(), sectionViews, u.getPublishAt(),
                u.status(clock.instant()), u.getCreatedAt(), u.getCreatedBy(), u.getUpdatedAt(), u.getUpdatedBy(),
                u.getVersion());
    }

    private List<TermRef> themes(LearningUnit u) {
        if (u.getThemes().isEmpty()) {
            return List.of();
        }
        Map<String, Term> byCode = terms.findByVocabularyAndCodeIn(Vocabulary.SUBJECT, u.getThemes()).stream()
                .collect(Collectors.toMap(Term::getCode, Function.identity()));
        return u.getThemes().stream().map(byCode::get).filter(Objects::nonNull).map(TermRef::of).toList();
    }

    // --- public ----------------------------------------------------------------------------------------

    /** A unit whose publication time has come, with only its published items; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<PublicLearningUnitView> findPublished(String slug) {
        Instant now = clock.instant();
        return units.findBySlug(slug).filter(u -> u.status(now) == UnitStatus.PUBLISHED).map(this::publicView);
    }

    /** Published units, newest first, optionally of one theme (subject code) and one age group. */
    @Transactional(readOnly = true)
    public List<UnitSummary> listPublished(String theme, AgeGroup ageGroup) {
        return units.findPublished(clock.instant()).stream()
                .filter(u -> theme == null || u.getThemes().contains(theme))
                .filter(u -> ageGroup == null || u.getAgeGroup() == ageGroup)
                .map(this::summary)
                .toList();
    }

    /** The published units that show a published artifact (for "appears in these units" on its page). */
    @Transactional(readOnly = true)
    public List<UnitSummary> publishedContaining(String objectNumber) {
        return artifactRecords.findByObjectNumber(objectNumber)
                .filter(a -> a.getStatus() == ArtifactStatus.PUBLISHED)
                .map(a -> units.findPublishedContaining(a.getId(), clock.instant()).stream().map(this::summary).toList())
                .orElse(List.of());
    }

    /** The themes that published units use, for browsing. */
    @Transactional(readOnly = true)
    public List<TermRef> publishedThemes() {
        Map<String, TermRef> themes = new java.util.TreeMap<>();
        for (LearningUnit u : units.findPublished(clock.instant())) {
            themes(u).forEach(t -> themes.putIfAbsent(t.code(), t));
        }
        return List.copyOf(themes.values());
    }

    private UnitSummary summary(LearningUnit u) {
        PublicLearningUnitView view = publicView(u);
        PublicItem cover = view.cover();
        return new UnitSummary(u.getSlug(), u.getTitle(), u.getSummary(), view.themes(), u.getAgeGroup(),
                cover == null ? null : cover.media().id(), u.getPublishAt());
    }

    private PublicLearningUnitView publicView(LearningUnit u) {
        List<UnitItem> items = u.items();
        Map<Long, PublicArtifactView> published = new HashMap<>();
        for (Artifact a : artifactRecords.findAllById(items.stream().map(UnitItem::artifactId).distinct().toList())) {
            if (a.getStatus() == ArtifactStatus.PUBLISHED) {
                artifacts.findPublished(a.getObjectNumber()).ifPresent(v -> published.put(a.getId(), v));
            }
        }
        List<UnitSection> sections = u.sections();
        List<PublicSection> publicSections = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            int index = s;
            List<PublicItem> shown = items.stream()
                    .filter(i -> i.sectionIndex() == index && published.containsKey(i.artifactId()))
                    .map(i -> publicItem(published.get(i.artifactId()), i))
                    .toList();
            publicSections.add(new PublicSection(sections.get(s).heading(), sections.get(s).body(), shown));
        }
        return new PublicLearningUnitView(u.getSlug(), u.getTitle(), u.getSummary(), themes(u), u.getAgeGroup(),
                u.getGoals(), u.getQuestions(), u.references(), publicSections, u.getPublishAt(), u.getUpdatedAt());
    }

    /** The chosen media file when it is still one of the artifact's, otherwise its first image. */
    private static PublicItem publicItem(PublicArtifactView a, UnitItem item) {
        List<MediaView> mediaFiles = a.media() == null ? List.of() : a.media();
        MediaView chosen = item.mediaId() == null ? null
                : mediaFiles.stream().filter(m -> m.id() == item.mediaId()).findFirst().orElse(null);
        if (chosen == null) {
            chosen = mediaFiles.stream().filter(m -> m.kind() == MediaKind.IMAGE)
                    .sorted((x, y) -> Boolean.compare(y.primary(), x.primary())).findFirst().orElse(null);
        }
        return new PublicItem(a, chosen, item.caption());
    }
}
