package tw.museum.catalog.usage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.artifact.ArtifactRepository;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;

/** Recorded uses of collection objects (workshops, research, filming, ...), audited and optimistically locked. */
@Service
@Transactional
public class CollectionUseService {

    public static final String AUDIT_TYPE = "collection-use";
    static final int MAX_OBJECTS = 200;

    private final CollectionUseRepository uses;
    private final ArtifactRepository artifacts;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    public CollectionUseService(CollectionUseRepository uses, ArtifactRepository artifacts, AuditLog audit,
                                CurrentActor actor, Clock clock) {
        this.uses = uses;
        this.artifacts = artifacts;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    public CollectionUseView record(CollectionUseData data) {
        List<Long> objects = check(data);
        CollectionUse use = new CollectionUse(clock.instant(), actor.name());
        use.apply(data, objects, clock.instant(), actor.name());
        uses.saveAndFlush(use);
        CollectionUseView after = view(use);
        audit.record(AUDIT_TYPE, String.valueOf(use.getId()), AuditAction.CREATE, null, after);
        return after;
    }

    public CollectionUseView update(long id, CollectionUseData data) {
        CollectionUse use = find(id);
        StaleVersionException.check(AUDIT_TYPE, id, data.version(), use.getVersion());
        List<Long> objects = check(data);
        CollectionUseView before = view(use);
        use.apply(data, objects, clock.instant(), actor.name());
        uses.saveAndFlush(use);
        CollectionUseView after = view(use);
        audit.record(AUDIT_TYPE, String.valueOf(id), AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public CollectionUseView get(long id) {
        return view(find(id));
    }

    /** The most recent uses, newest first. */
    @Transactional(readOnly = true)
    public List<CollectionUseView> recent(int limit) {
        return uses.findAllByOrderByUsedFromDescIdDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 500))))
                .stream().map(this::view).toList();
    }

    /** Every recorded use of one object, newest first. */
    @Transactional(readOnly = true)
    public List<CollectionUseView> forArtifact(String objectNumber) {
        return artifacts.findByObjectNumber(objectNumber)
                .map(a -> uses.findByArtifact(a.getId()).stream()
                        .sorted(Comparator.comparing(CollectionUse::getUsedFrom).reversed()
                                .thenComparing(CollectionUse::getId, Comparator.reverseOrder()))
                        .map(this::view).toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> history(long id) {
        find(id);
        return audit.history(AUDIT_TYPE, String.valueOf(id));
    }

    private CollectionUse find(long id) {
        return uses.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
    }

    /** Every problem at once; the objects resolved to artifact ids, in the order given. */
    private List<Long> check(CollectionUseData d) {
        Checks checks = new Checks();
        if (d.kind() == null) {
            checks.add("kind", "required");
        }
        checks.require("purpose.zh", d.purpose().zh()).maxLength("purpose", d.purpose(), 1000)
                .maxLength("usedBy", d.usedBy(), 500).maxLength("notes", d.notes(), 4000);
        if (d.usedFrom() == null) {
            checks.add("usedFrom", "required");
        } else if (d.usedUntil() != null && d.usedUntil().isBefore(d.usedFrom())) {
            checks.add("usedUntil", "before-start", d.usedFrom().toString());
        }
        if (d.objectNumbers().isEmpty()) {
            checks.add("objectNumbers", "required");
        } else if (d.objectNumbers().size() > MAX_OBJECTS) {
            checks.add("objectNumbers", "too-long", MAX_OBJECTS);
        }
        List<Long> ids = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < d.objectNumbers().size() && i < MAX_OBJECTS; i++) {
            String number = d.objectNumbers().get(i) == null ? "" : d.objectNumbers().get(i).strip();
            String field = "objectNumbers[" + i + "]";
            Optional<Artifact> artifact = number.isEmpty() ? Optional.empty() : artifacts.findByObjectNumber(number);
            if (number.isEmpty()) {
                checks.add(field, "required");
            } else if (artifact.isEmpty()) {
                checks.add(field, "unknown-artifact", number);
            } else if (!seen.add(artifact.get().getId())) {
                checks.add(field, "listed-twice", number);
            } else {
                ids.add(artifact.get().getId());
            }
        }
        checks.throwIfAny();
        return ids;
    }

    private CollectionUseView view(CollectionUse u) {
        List<Long> ids = u.getArtifactIds();
        Map<Long, Artifact> byId = artifacts.findAllById(ids).stream()
                .collect(Collectors.toMap(Artifact::getId, Function.identity()));
        List<UsedObject> objects = ids.stream().map(byId::get)
                .map(a -> new UsedObject(a.getObjectNumber(), a.getTitle())).toList();
        return new CollectionUseView(u.getId(), u.getKind(), u.getPurpose(), u.getUsedFrom(), u.getUsedUntil(),
                u.getUsedBy(), u.getNotes(), objects, u.getCreatedAt(), u.getCreatedBy(), u.getUpdatedAt(),
                u.getUpdatedBy(), u.getVersion());
    }
}
