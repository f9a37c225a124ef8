package tw.museum.catalog.condition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.media.ImageUploads;
import tw.museum.catalog.media.MediaStore;
import tw.museum.catalog.media.StoredFile;
import tw.museum.catalog.vocabulary.Term;
import tw.museum.catalog.vocabulary.TermRepository;
import tw.museum.catalog.vocabulary.Vocabulary;

/**
 * Records and edits condition checks, of museum artifacts and of health-check case objects alike, with
 * optimistic locking and an audit entry per change; lists them by artifact (newest first) and by case.
 * Damage types are terms of the CONDITION vocabulary.
 */
@Service
public class ConditionCheckService {

    public static final String AUDIT_TYPE = "condition-check";
    static final int MAX_PHOTOS = 30;
    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");

    private final ConditionCheckRepository checks;
    private final TermRepository terms;
    private final ArtifactService artifacts;
    private final ImageUploads uploads;
    private final MediaStore store;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    public ConditionCheckService(ConditionCheckRepository checks, TermRepository terms, ArtifactService artifacts,
                                 ImageUploads uploads, MediaStore store, AuditLog audit, CurrentActor actor,
                                 Clock clock) {
        this.checks = checks;
        this.terms = terms;
        this.artifacts = artifacts;
        this.uploads = uploads;
        this.store = store;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public ConditionCheckView record(ConditionSubject subject, ConditionCheckData data) {
        Checks problems = new Checks();
        if (!subject.isArtifact() && (subject.caseId() == null || subject.caseObjectNo() == null
                || subject.caseObjectNo() < 1)) {
            problems.add("objectNo", "invalid");
        }
        List<ConditionDamage> damages = check(data, problems);
        problems.throwIfAny();
        Artifact artifact = subject.isArtifact() ? artifacts.find(subject.objectNumber()) : null;
        ConditionCheck check = new ConditionCheck(artifact, subject.caseId(), subject.caseObjectNo(),
                clock.instant(), actor.name());
        check.apply(data, damages, clock.instant(), actor.name());
        checks.saveAndFlush(check);
        ConditionCheckView view = check.view();
        audit.record(AUDIT_TYPE, key(check), AuditAction.CREATE, null, view);
        return view;
    }

    @Transactional
    public ConditionCheckView update(long id, ConditionCheckData data, Long expectedVersion) {
        ConditionCheck check = find(id);
        StaleVersionException.check(AUDIT_TYPE, id, expectedVersion, check.getVersion());
        Checks problems = new Checks();
        List<ConditionDamage> damages = check(data, problems);
        problems.throwIfAny();
        ConditionCheckView before = check.view();
        check.apply(data, damages, clock.instant(), actor.name());
        checks.saveAndFlush(check);
        ConditionCheckView after = check.view();
        audit.record(AUDIT_TYPE, key(check), AuditAction.UPDATE, before, after);
        return after;
    }

    /** Adds annotated photos (images only; problems under "photos"); counts as an edit of the check. */
    @Transactional
    public ConditionCheckView addPhotos(long id, List<? extends InputStreamSource> photos, List<Bilingual> annotations,
                                       Long expectedVersion) {
        ConditionCheck check = find(id);
        StaleVersionException.check(AUDIT_TYPE, id, expectedVersion, check.getVersion());
        List<StoredFile> stored = uploads.store(photos, "photos", MAX_PHOTOS - check.getPhotos().size());
        ConditionCheckView before = check.view();
        int position = check.getPhotos().stream().mapToInt(ConditionPhoto::getPosition).max().orElse(0);
        for (int i = 0; i < stored.size(); i++) {
            Bilingual annotation = i < annotations.size() && annotations.get(i) != null ? annotations.get(i)
                    : Bilingual.empty();
            check.getPhotos().add(new ConditionPhoto(check, ++position, stored.get(i), annotation, clock.instant()));
        }
        check.touch(clock.instant(), actor.name());
        checks.saveAndFlush(check);
        ConditionCheckView after = check.view();
        audit.record(AUDIT_TYPE, key(check), AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public ConditionCheckView get(long id) {
        return find(id).view();
    }

    /** Every check of a museum artifact, newest first: its condition history. */
    @Transactional(readOnly = true)
    public List<ConditionCheckView> forArtifact(String objectNumber) {
        return checks.forArtifact(objectNumber).stream().map(ConditionCheck::view).toList();
    }

    /** Every check of a health-check case, by object number, the newest first for each object. */
    @Transactional(readOnly = true)
    public List<ConditionCheckView> forCase(long caseId) {
        return checks.forCase(caseId).stream().map(ConditionCheck::view).toList();
    }

    /** The newest check of each object of a case (what a report shows). */
    @Transactional(readOnly = true)
    public List<ConditionCheckView> latestForCase(long caseId) {
        List<ConditionCheckView> latest = new ArrayList<>();
        Integer last = null;
        for (ConditionCheckView v : forCase(caseId)) {
            if (!v.subject().caseObjectNo().equals(last)) {
                latest.add(v);
                last = v.subject().caseObjectNo();
            }
        }
        return latest;
    }

    @Transactional(readOnly = true)
    public Optional<ConditionPhotoFile> photo(long checkId, long photoId) {
        return checks.findById(checkId).flatMap(c -> c.getPhotos().stream()
                .filter(p -> p.getId() == photoId).findFirst()
                .map(p -> new ConditionPhotoFile(p.view(), store.path(p.getStorageKey()))));
    }

    private List<ConditionDamage> check(ConditionCheckData d, Checks problems) {
        if (d.context() == null) {
            problems.add("context", "required");
        }
        if (d.examinedAt() == null) {
            problems.add("examinedAt", "required");
        } else if (d.examinedAt().isAfter(LocalDate.now(clock.withZone(MUSEUM_ZONE)))) {
            problems.add("examinedAt", "in-future");
        }
        problems.require("examinedBy", d.examinedBy());
        if (d.grade() == null) {
            problems.add("grade", "required");
        }
        if (d.quantity() != null && d.quantity() < 1) {
            problems.add("quantity", "too-small", 1);
        }
        problems.maxLength("contextRef", d.contextRef(), 100).maxLength("examinedBy", d.examinedBy(), 200)
                .maxLength("identification", d.identification(), 1000).maxLength("category", d.category(), 200)
                .maxLength("period", d.period(), 200).maxLength("provenance", d.provenance(), 2000)
                .maxLength("materials", d.materials(), 1000).maxLength("dimensions", d.dimensions(), 500)
                .maxLength("summary", d.summary(), 4000).maxLength("causes", d.causes(), 4000)
                .maxLength("recommendations", d.recommendations(), 4000)
                .maxLength("treatment", d.treatment(), 4000);
        if (d.context() == ConditionContext.TREATMENT && d.treatment().isEmpty()) {
            problems.add("treatment.zh", "required");
        }
        List<ConditionDamage> damages = new ArrayList<>();
        for (int i = 0; i < d.damages().size(); i++) {
            DamageData damage = d.damages().get(i);
            String field = "damages[" + i + "]";
            Optional<Term> term = damage.term() == null ? Optional.empty()
                    : terms.findByVocabularyAndCode(Vocabulary.CONDITION, damage.term()).filter(t -> !t.isRetired());
            if (term.isEmpty()) {
                problems.add(field + ".term", "unknown-term", damage.term(), Vocabulary.CONDITION.slug());
                continue;
            }
            problems.maxLength(field + ".location", damage.location(), 1000);
            damages.add(new ConditionDamage(term.get(), damage.location()));
        }
        return damages;
    }

    private ConditionCheck find(long id) {
        return checks.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
    }

    private static String key(ConditionCheck check) {
        return String.valueOf(check.getId());
    }
}
