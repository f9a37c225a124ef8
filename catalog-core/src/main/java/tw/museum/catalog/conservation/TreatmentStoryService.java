package tw.museum.catalog.conservation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.IllegalStepException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionPhotoFile;
import tw.museum.catalog.condition.ConditionPhotoView;

/**
 * Treatment stories: a conservator tells one treatment of an object (a condition check of context TREATMENT)
 * with chosen photos of its condition checks; the story is sent for review and published only when someone
 * who did not write or send it approves. Published stories of published objects are public; of the
 * treatment record only the chosen photos, the date and (when agreed) the examiner's name reach the public.
 */
@Service
@Transactional
public class TreatmentStoryService {

    public static final String AUDIT_TYPE = "treatment-story";
    static final int MAX_PHOTOS = 12;

    private final TreatmentStoryRepository stories;
    private final ArtifactRepository artifactRecords;
    private final ArtifactService artifacts;
    private final ConditionCheckService conditions;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    public TreatmentStoryService(TreatmentStoryRepository stories, ArtifactRepository artifactRecords,
                                 ArtifactService artifacts, ConditionCheckService conditions, AuditLog audit,
                                 CurrentActor actor, Clock clock) {
        this.stories = stories;
        this.artifactRecords = artifactRecords;
        this.artifacts = artifacts;
        this.conditions = conditions;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    // --- staff -----------------------------------------------------------------------------------------

    public TreatmentStoryView create(TreatmentStoryData data) {
        Checks checks = new Checks();
        String number = data.objectNumber() == null ? null : data.objectNumber().strip();
        checks.require("objectNumber", number);
        Optional<Artifact> artifact = number == null || number.isEmpty() ? Optional.empty()
                : artifactRecords.findByObjectNumber(number);
        if (number != null && !number.isEmpty() && artifact.isEmpty()) {
            checks.add("objectNumber", "unknown-artifact", number);
        }
        List<StoryPhoto> photos = artifact.isEmpty() ? List.of() : check(data, artifact.get(), checks);
        checks.throwIfAny();
        TreatmentStory story = new TreatmentStory(artifact.get(), clock.instant(), actor.name());
        story.write(data, data.treatmentCheckId(), photos, clock.instant(), actor.name());
        stories.saveAndFlush(story);
        TreatmentStoryView after = view(story);
        audit.record(AUDIT_TYPE, key(story), AuditAction.CREATE, null, after);
        return after;
    }

    /** Edits a draft; a story in review or published is sent back or withdrawn first, so nothing unreviewed goes out. */
    public TreatmentStoryView update(long id, TreatmentStoryData data) {
        TreatmentStory story = find(id);
        StaleVersionException.check(AUDIT_TYPE, id, data.version(), story.getVersion());
        requireStatus(story, StoryStatus.DRAFT);
        Checks checks = new Checks();
        if (data.objectNumber() != null && !data.objectNumber().isBlank()
                && !data.objectNumber().strip().equals(story.getArtifact().getObjectNumber())) {
            checks.add("objectNumber", "immutable");
        }
        List<StoryPhoto> photos = check(data, story.getArtifact(), checks);
        checks.throwIfAny();
        TreatmentStoryView before = view(story);
        story.write(data, data.treatmentCheckId(), photos, clock.instant(), actor.name());
        return saved(story, before, AuditAction.UPDATE);
    }

    public TreatmentStoryView submit(long id, Long version) {
        TreatmentStory story = find(id);
        StaleVersionException.check(AUDIT_TYPE, id, version, story.getVersion());
        requireStatus(story, StoryStatus.DRAFT);
        TreatmentStoryView before = view(story);
        story.submit(clock.instant(), actor.name());
        return saved(story, before, AuditAction.UPDATE);
    }

    /**
     * Publishes a story in review. The reviewer is a second person: whoever wrote any version of it or sent it
     * for review cannot approve it.
     */
    public TreatmentStoryView approve(long id, Long version) {
        TreatmentStory story = find(id);
        StaleVersionException.check(AUDIT_TYPE, id, version, story.getVersion());
        requireStatus(story, StoryStatus.IN_REVIEW);
        String me = actor.name();
        boolean wroteIt = me.equals(story.getSubmittedBy()) || audit.history(AUDIT_TYPE, key(story)).stream()
                .anyMatch(r -> me.equals(r.actor()) && (r.action() == AuditAction.CREATE
                        || r.action() == AuditAction.UPDATE && r.changes().stream().noneMatch(c -> "/status".equals(c.path()))));
        if (wroteIt) {
            new Checks().add("reviewer", "reviewer-is-author", me).throwIfAny();
        }
        TreatmentStoryView before = view(story);
        story.approve(clock.instant(), me);
        return saved(story, before, AuditAction.PUBLISH);
    }

    /** Sends a story in review back to its author as a draft, with the reviewer's note (internal). */
    public TreatmentStoryView sendBack(long id, String note, Long version) {
        TreatmentStory story = find(id);
        StaleVersionException.check(AUDIT_TYPE, id, version, story.getVersion());
        requireStatus(story, StoryStatus.IN_REVIEW);
        new Checks().maxLength("note", note, 4000).throwIfAny();
        TreatmentStoryView before = view(story);
        story.backToDraft(note, clock.instant(), actor.name());
        return saved(story, before, AuditAction.UPDATE);
    }

    /** Takes a published story off the public side; it is a draft again and needs a new review. */
    public TreatmentStoryView withdraw(long id, Long version) {
        TreatmentStory story = find(id);
        StaleVersionException.check(AUDIT_TYPE, id, version, story.getVersion());
        requireStatus(story, StoryStatus.PUBLISHED);
        TreatmentStoryView before = view(story);
        story.backToDraft(null, clock.instant(), actor.name());
        return saved(story, before, AuditAction.WITHDRAW);
    }

    @Transactional(readOnly = true)
    public TreatmentStoryView get(long id) {
        return view(find(id));
    }

    @Transactional(readOnly = true)
    public List<TreatmentStoryView> list() {
        return stories.findAllNewestFirst().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<TreatmentStoryView> forArtifact(String objectNumber) {
        return artifactRecords.findByObjectNumber(objectNumber)
                .map(a -> stories.findByArtifact(a.getId()).stream().map(this::view).toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> history(long id) {
        return audit.history(AUDIT_TYPE, key(find(id)));
    }

    private TreatmentStoryView saved(TreatmentStory story, TreatmentStoryView before, AuditAction action) {
        stories.saveAndFlush(story);
        TreatmentStoryView after = view(story);
        audit.record(AUDIT_TYPE, key(story), action, before, after);
        return after;
    }

    private TreatmentStory find(long id) {
        return stories.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
    }

    private static void requireStatus(TreatmentStory story, StoryStatus needed) {
        if (story.getStatus() != needed) {
            throw new IllegalStepException(story.getStatus(), needed);
        }
    }

    private static String key(TreatmentStory story) {
        return String.valueOf(story.getId());
    }

    /** Checks the text, the treatment record and the photos against the object's own condition checks. */
    private List<StoryPhoto> check(TreatmentStoryData d, Artifact artifact, Checks checks) {
        checks.require("title.zh", d.title().zh()).maxLength("title", d.title(), 500)
                .maxLength("summary", d.summary(), 1000)
                .require("body.zh", d.body().zh()).maxLength("body", d.body(), 20000);
        List<ConditionCheckView> checksOfObject = conditions.forArtifact(artifact.getObjectNumber());
        if (d.treatmentCheckId() == null) {
            checks.add("treatmentCheckId", "required");
        } else if (checksOfObject.stream().noneMatch(c -> c.id() == d.treatmentCheckId()
                && c.context() == ConditionContext.TREATMENT)) {
            checks.add("treatmentCheckId", "not-a-treatment", d.treatmentCheckId(), artifact.getObjectNumber());
        }
        Map<Long, Long> checkOfPhoto = new HashMap<>();
        for (ConditionCheckView c : checksOfObject) {
            for (ConditionPhotoView p : c.photos()) {
                checkOfPhoto.put(p.id(), c.id());
            }
        }
        if (d.photos().size() > MAX_PHOTOS) {
            checks.add("photos", "too-long", MAX_PHOTOS);
        }
        List<StoryPhoto> chosen = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < d.photos().size(); i++) {
            StoryPhotoData p = d.photos().get(i);
            String field = "photos[" + i + "]";
            checks.maxLength(field + ".caption", p.caption(), 1000);
            if (p.stage() == null) {
                checks.add(field + ".stage", "required");
            }
            Long checkId = p.photoId() == null ? null : checkOfPhoto.get(p.photoId());
            if (checkId == null) {
                checks.add(field + ".photoId", "unknown-photo", p.photoId() == null ? "" : p.photoId(),
                        artifact.getObjectNumber());
            } else if (!seen.add(p.photoId())) {
                checks.add(field + ".photoId", "listed-twice", p.photoId());
            } else if (p.stage() != null) {
                chosen.add(new StoryPhoto(checkId, p.photoId(), p.stage(), p.caption()));
            }
        }
        return chosen;
    }

    private TreatmentStoryView view(TreatmentStory s) {
        Artifact a = s.getArtifact();
        ConditionCheckView treatment = treatment(s);
        List<StoryPhoto> photos = s.getPhotos();
        List<StoryPhotoView> photoViews = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            StoryPhoto p = photos.get(i);
            photoViews.add(new StoryPhotoView(i + 1, p.checkId(), p.photoId(), p.stage(), p.caption()));
        }
        return new TreatmentStoryView(s.getId(), a.getObjectNumber(), a.getTitle(), a.getStatus(),
                s.getTreatmentCheckId(), treatment == null ? null : treatment.examinedAt(),
                treatment == null ? null : treatment.examinedBy(), s.getTitle(), s.getSummary(), s.getBody(),
                s.isCreditExaminer(), photoViews, s.getStatus(), s.getSubmittedBy(), s.getSubmittedAt(),
                s.getReviewedBy(), s.getReviewedAt(), s.getReviewNote(), s.getPublishedAt(), s.getCreatedAt(),
                s.getCreatedBy(), s.getUpdatedAt(), s.getUpdatedBy(), s.getVersion());
    }

    private ConditionCheckView treatment(TreatmentStory s) {
        return conditions.forArtifact(s.getArtifact().getObjectNumber()).stream()
                .filter(c -> c.id() == s.getTreatmentCheckId()).findFirst().orElse(null);
    }

    private Optional<ConditionPhotoFile> photoFile(TreatmentStory s, int position) {
        List<StoryPhoto> photos = s.getPhotos();
        if (position < 1 || position > photos.size()) {
            return Optional.empty();
        }
        StoryPhoto p = photos.get(position - 1);
        return conditions.photo(p.checkId(), p.photoId());
    }

    // --- public ----------------------------------------------------------------------------------------

    private Optional<TreatmentStory> publicStory(long id) {
        return stories.findById(id).filter(s -> s.getStatus() == StoryStatus.PUBLISHED
                && s.getArtifact().getStatus() == ArtifactStatus.PUBLISHED);
    }

    /** A published story of a published object; empty for drafts, stories in review and unknown ids alike. */
    @Transactional(readOnly = true)
    public Optional<PublicTreatmentStory> findPublished(long id) {
        return publicStory(id).flatMap(this::publicView);
    }

    /** Published stories of published objects, newest first. */
    @Transactional(readOnly = true)
    public List<StorySummary> listPublished() {
        return stories.findPublic().stream().map(this::publicView).flatMap(Optional::stream).map(this::summary).toList();
    }

    /** The published stories of a published object, for its page. */
    @Transactional(readOnly = true)
    public List<StorySummary> publishedFor(String objectNumber) {
        return artifactRecords.findByObjectNumber(objectNumber)
                .filter(a -> a.getStatus() == ArtifactStatus.PUBLISHED)
                .map(a -> stories.findByArtifact(a.getId()).stream()
                        .filter(s -> s.getStatus() == StoryStatus.PUBLISHED)
                        .map(this::publicView).flatMap(Optional::stream).map(this::summary).toList())
                .orElse(List.of());
    }

    /** A chosen photo of a public story by its place in the story; nothing for any other photo or story. */
    @Transactional(readOnly = true)
    public Optional<ConditionPhotoFile> publicPhoto(long id, int position) {
        return publicStory(id).flatMap(s -> photoFile(s, position));
    }

    private StorySummary summary(PublicTreatmentStory s) {
        PublicStoryPhoto cover = s.cover();
        return new StorySummary(s.id(), s.artifact().objectNumber(), s.artifact().title(), s.title(), s.summary(),
                s.treatedOn(), cover == null ? null : cover.position());
    }

    private Optional<PublicTreatmentStory> publicView(TreatmentStory s) {
        Optional<PublicArtifactView> artifact = artifacts.findPublished(s.getArtifact().getObjectNumber());
        if (artifact.isEmpty()) {
            return Optional.empty();
        }
        ConditionCheckView treatment = treatment(s);
        Map<Long, ConditionPhotoView> photoById = new HashMap<>();
        conditions.forArtifact(s.getArtifact().getObjectNumber())
                .forEach(c -> c.photos().forEach(p -> photoById.put(p.id(), p)));
        List<StoryPhoto> photos = s.getPhotos();
        List<PublicStoryPhoto> shown = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            StoryPhoto p = photos.get(i);
            ConditionPhotoView photo = photoById.get(p.photoId());
            shown.add(new PublicStoryPhoto(i + 1, p.stage(), p.caption(), photo == null ? null : photo.width(),
                    photo == null ? null : photo.height()));
        }
        return Optional.of(new PublicTreatmentStory(s.getId(), artifact.get(), s.getTitle(), s.getSummary(),
                s.getBody(), treatment == null ? null : treatment.examinedAt().withDayOfMonth(1),
                s.isCreditExaminer() && treatment != null ? treatment.examinedBy() : null, List.copyOf(shown),
                s.getPublishedAt()));
    }
}
