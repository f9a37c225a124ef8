package tw.museum.catalog.exhibition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
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
import tw.museum.catalog.common.NumberCounters;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationRef;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.location.ObjectLocation;
import tw.museum.catalog.media.MediaView;

/**
 * Exhibitions and their object lists: authoring with audit and optimistic locking, publication, and the
 * public side, which shows published exhibitions with their published objects only. Numbers are
 * {@code EX-<year>-<0001…>}, counted in the database.
 */
@Service
@Transactional
public class ExhibitionService {

    public static final String AUDIT_TYPE = "exhibition";
    static final int MAX_OBJECTS = 500;
    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");

    private final ExhibitionRepository exhibitions;
    private final ArtifactRepository artifactRecords;
    private final ArtifactService artifacts;
    private final NumberCounters counters;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final LocationService locations;
    private final MovementService movements;
    private final JdbcTemplate jdbc;

    public ExhibitionService(ExhibitionRepository exhibitions, ArtifactRepository artifactRecords,
                             ArtifactService artifacts, NumberCounters counters, AuditLog audit, CurrentActor actor,
                             Clock clock, LocationService locations, MovementService movements, JdbcTemplate jdbc) {
        this.exhibitions = exhibitions;
        this.artifactRecords = artifactRecords;
        this.artifacts = artifacts;
        this.counters = counters;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.locations = locations;
        this.movements = movements;
        this.jdbc = jdbc;
    }

    // --- staff -----------------------------------------------------------------------------------------

    public ExhibitionView create(ExhibitionData data) {
        Checks checks = new Checks();
        List<Artifact> listed = check(data, checks);
        Long locationId = location(data.location(), checks);
        checks.throwIfAny();
        int year = clock.instant().atZone(MUSEUM_ZONE).getYear();
        String number = "EX-%d-%04d".formatted(year, counters.next("exhibition:" + year));
        Exhibition exhibition = new Exhibition(number, clock.instant(), actor.name());
        exhibition.describe(data, locationId, clock.instant(), actor.name());
        replaceObjects(exhibition, data, listed);
        exhibitions.saveAndFlush(exhibition);
        ExhibitionView after = view(exhibition);
        audit.record(AUDIT_TYPE, number, AuditAction.CREATE, null, after);
        return after;
    }

    public ExhibitionView update(String number, ExhibitionData data) {
        Exhibition exhibition = find(number);
        StaleVersionException.check(AUDIT_TYPE, exhibition.getNumber(), data.version(), exhibition.getVersion());
        Checks checks = new Checks();
        List<Artifact> listed = check(data, checks);
        Long locationId = location(data.location(), checks);
        if (exhibition.getInstallation() == Installation.INSTALLED
                && !Objects.equals(locationId, exhibition.getLocationId())) {
            checks.add("location", "fixed-while-installed");
        }
        checks.throwIfAny();
        ExhibitionView before = view(exhibition);
        exhibition.describe(data, locationId, clock.instant(), actor.name());
        replaceObjects(exhibition, data, listed);
        return saved(exhibition, before, AuditAction.UPDATE);
    }

    /** Shows the exhibition on the public pages (with its published objects). */
    public ExhibitionView publish(String number, Long version) {
        Exhibition exhibition = find(number);
        StaleVersionException.check(AUDIT_TYPE, exhibition.getNumber(), version, exhibition.getVersion());
        ExhibitionView before = view(exhibition);
        exhibition.publish(clock.instant(), actor.name());
        return saved(exhibition, before, AuditAction.PUBLISH);
    }

    /** Takes it off the public pages at once; nothing else changes. */
    public ExhibitionView unpublish(String number, Long version) {
        Exhibition exhibition = find(number);
        StaleVersionException.check(AUDIT_TYPE, exhibition.getNumber(), version, exhibition.getVersion());
        ExhibitionView before = view(exhibition);
        exhibition.unpublish(clock.instant(), actor.name());
        return saved(exhibition, before, AuditAction.WITHDRAW);
    }

    /** Moves object {@code index} one place up ({@code delta} -1) or down (+1) in the display order. */
    public ExhibitionView moveObject(String number, int index, int delta, Long version) {
        if (delta != -1 && delta != 1) {
            new Checks().add("delta", "not-one-of", "-1, 1").throwIfAny();
        }
        Exhibition exhibition = find(number);
        StaleVersionException.check(AUDIT_TYPE, exhibition.getNumber(), version, exhibition.getVersion());
        ExhibitionView before = view(exhibition);
        if (!exhibition.move(index, delta, clock.instant(), actor.name())) {
            new Checks().add("objects[" + index + "]", "out-of-range", 0, Math.max(0, before.objects().size() - 1))
                    .throwIfAny();
        }
        return saved(exhibition, before, AuditAction.UPDATE);
    }

    /**
     * Installs the exhibition: every listed object not yet on display moves to its location (one movement each,
     * reason EXHIBITION, the exhibition's number as reference). Again later, it installs objects added since.
     * Refused, with every object named, when one is on display in another exhibition or out on loan; the
     * objects' rows are locked first (in id order, as every move does), so two installations of the same object
     * on any node cannot both pass.
     */
    public ExhibitionView install(String number, Long version) {
        Exhibition exhibition = find(number);
        StaleVersionException.check(AUDIT_TYPE, exhibition.getNumber(), version, exhibition.getVersion());
        if (exhibition.getInstallation() == Installation.CLOSED) {
            throw new IllegalStepException(Installation.CLOSED, Installation.PLANNED);
        }
        Checks checks = new Checks();
        if (exhibition.getLocationId() == null) {
            checks.add("location", "install-needs-location");
        }
        List<ExhibitionObject> all = exhibition.getObjects();
        if (all.isEmpty()) {
            checks.add("objects", "install-needs-objects");
        }
        checks.throwIfAny();
        List<ExhibitionObject> waiting = all.stream().filter(o -> !o.onDisplay()).toList();
        lock(waiting);
        Map<Long, String> elsewhere = new HashMap<>();
        if (!waiting.isEmpty()) {
            exhibitions.findOnDisplayElsewhere(waiting.stream().map(o -> o.getArtifact().getId()).toList(),
                    exhibition.getId()).forEach(o -> elsewhere.put(o.getArtifact().getId(), o.getExhibition().getNumber()));
        }
        Map<String, ObjectLocation> where = movements.whereAre(numbers(waiting));
        for (ExhibitionObject o : waiting) {
            String field = "objects[" + all.indexOf(o) + "]";
            String objectNumber = o.getArtifact().getObjectNumber();
            ObjectLocation at = where.get(objectNumber);
            if (elsewhere.containsKey(o.getArtifact().getId())) {
                checks.add(field, "on-display-elsewhere", objectNumber, elsewhere.get(o.getArtifact().getId()));
            } else if (at != null && at.current().isOffSite() && at.reason() == MovementReason.LOAN) {
                checks.add(field, "out-on-loan", objectNumber, at.reference() == null ? "" : at.reference());
            }
        }
        checks.throwIfAny();
        ExhibitionView before = view(exhibition);
        if (!waiting.isEmpty()) {
            movements.move(new MoveRequest(numbers(waiting), Destination.at(exhibition.getLocationId()),
                    MovementReason.EXHIBITION, exhibition.getNumber(), null, null, false));
        }
        Instant now = clock.instant();
        waiting.forEach(o -> o.installed(now));
        exhibition.installed(now, actor.name());
        return saved(exhibition, before, AuditAction.UPDATE);
    }

    /**
     * Closes an installed exhibition: every object still on display moves back to its home location (lacking
     * one, to where it last came from), one movement each with the exhibition's number as reference.
     */
    public ExhibitionView close(String number, Long version) {
        Exhibition exhibition = find(number);
        StaleVersionException.check(AUDIT_TYPE, exhibition.getNumber(), version, exhibition.getVersion());
        if (exhibition.getInstallation() != Installation.INSTALLED) {
            throw new IllegalStepException(exhibition.getInstallation(), Installation.INSTALLED);
        }
        ExhibitionView before = view(exhibition);
        returnHome(exhibition, exhibition.getObjects().stream().filter(ExhibitionObject::onDisplay).toList());
        exhibition.closed(clock.instant(), actor.name());
        return saved(exhibition, before, AuditAction.UPDATE);
    }

    private void returnHome(Exhibition exhibition, List<ExhibitionObject> objects) {
        if (objects.isEmpty()) {
            return;
        }
        movements.move(new MoveRequest(numbers(objects), Destination.home(), MovementReason.EXHIBITION,
                exhibition.getNumber(), null, null, false));
        Instant now = clock.instant();
        objects.forEach(o -> o.returned(now));
    }

    /**
     * Locks the objects' artifact rows in id order, the order every move and loan review locks them in (one
     * statement: a list holds at most {@link #MAX_OBJECTS}).
     */
    private void lock(List<ExhibitionObject> objects) {
        if (objects.isEmpty()) {
            return;
        }
        Object[] ids = objects.stream().map(o -> o.getArtifact().getId()).sorted().toArray();
        jdbc.queryForList("SELECT id FROM artifact WHERE id IN (" + String.join(",", Collections.nCopies(ids.length, "?"))
                + ") ORDER BY id FOR UPDATE", Long.class, ids);
    }

    private static List<String> numbers(List<ExhibitionObject> objects) {
        return objects.stream().map(o -> o.getArtifact().getObjectNumber()).toList();
    }

    /** The id of the location a code names; problems for unknown and retired ones. */
    private Long location(String code, Checks checks) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<LocationView> location = locations.findByCode(code);
        if (location.isEmpty()) {
            checks.add("location", "unknown-location", code.strip());
            return null;
        }
        if (location.get().retired()) {
            checks.add("location", "retired-location", location.get().code());
        }
        return location.get().id();
    }

    @Transactional(readOnly = true)
    public ExhibitionView get(String number) {
        return view(find(number));
    }

    @Transactional(readOnly = true)
    public List<ExhibitionView> list() {
        return exhibitions.findAllByOrderByOpensOnDescIdDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> history(String number) {
        return audit.history(AUDIT_TYPE, find(number).getNumber());
    }

    /** Every exhibition an object is listed in, published or not, newest first (its usage history). */
    @Transactional(readOnly = true)
    public List<ArtifactExhibition> forArtifact(String objectNumber) {
        return artifactRecords.findByObjectNumber(objectNumber)
                .map(a -> exhibitions.findByArtifact(a.getId()).stream().map(o -> {
                    Exhibition e = o.getExhibition();
                    return new ArtifactExhibition(e.getNumber(), e.getTitle(), e.getVenue(), e.getKind(),
                            e.getOpensOn(), e.getClosesOn(), e.isPublished(), e.getInstallation(),
                            o.getInstalledAt(), o.getReturnedAt());
                }).toList())
                .orElse(List.of());
    }

    private ExhibitionView saved(Exhibition exhibition, ExhibitionView before, AuditAction action) {
        exhibitions.saveAndFlush(exhibition);
        ExhibitionView after = view(exhibition);
        audit.record(AUDIT_TYPE, exhibition.getNumber(), action, before, after);
        return after;
    }

    Exhibition find(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        return exhibitions.findByNumber(n).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, number));
    }

    /** Checks everything staff submitted; returns the listed artifacts in order (null where unknown). */
    private List<Artifact> check(ExhibitionData d, Checks checks) {
        checks.require("title.zh", d.title().zh())
                .maxLength("title", d.title(), 500)
                .maxLength("description", d.description(), 8000)
                .maxLength("venue", d.venue(), 500)
                .maxLength("curator", d.curator(), 200);
        if (d.kind() == null) {
            checks.add("kind", "required");
        }
        if (d.opensOn() == null) {
            checks.add("opensOn", "required");
        } else if (d.closesOn() != null && d.closesOn().isBefore(d.opensOn())) {
            checks.add("closesOn", "before-opening", d.opensOn().toString());
        }
        if (d.objects().size() > MAX_OBJECTS) {
            checks.add("objects", "too-long", MAX_OBJECTS);
        }
        List<Artifact> listed = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < d.objects().size(); i++) {
            ExhibitData o = d.objects().get(i);
            String field = "objects[" + i + "]";
            checks.maxLength(field + ".label", o.label(), 2000).maxLength(field + ".displayNotes", o.displayNotes(), 4000);
            String objectNumber = o.objectNumber() == null ? null : o.objectNumber().strip();
            if (objectNumber == null || objectNumber.isEmpty()) {
                checks.add(field + ".objectNumber", "required");
                listed.add(null);
                continue;
            }
            Optional<Artifact> artifact = artifactRecords.findByObjectNumber(objectNumber);
            if (artifact.isEmpty()) {
                checks.add(field + ".objectNumber", "unknown-artifact", objectNumber);
            } else if (!seen.add(artifact.get().getId())) {
                checks.add(field + ".objectNumber", "listed-twice", objectNumber);
            }
            listed.add(artifact.orElse(null));
        }
        return listed;
    }

    /**
     * Makes the object list the submitted one, in its order. An object already listed keeps its row, so
     * when it went up and came back is not lost by an edit.
     */
    private void replaceObjects(Exhibition exhibition, ExhibitionData data, List<Artifact> listed) {
        Map<Long, ExhibitionObject> existing = new HashMap<>();
        exhibition.getObjects().forEach(o -> existing.put(o.getArtifact().getId(), o));
        List<ExhibitionObject> next = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            Artifact artifact = listed.get(i);
            ExhibitionObject row = existing.remove(artifact.getId());
            if (row == null) {
                row = new ExhibitionObject(exhibition, artifact);
            }
            ExhibitData d = data.objects().get(i);
            row.describe(i, d.label(), d.displayNotes());
            next.add(row);
        }
        // an object taken off the list while on display goes back home now, not at the closing
        returnHome(exhibition, existing.values().stream().filter(ExhibitionObject::onDisplay).toList());
        exhibition.getObjects().clear();
        exhibition.getObjects().addAll(next);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MUSEUM_ZONE));
    }

    private ExhibitionView view(Exhibition e) {
        List<ExhibitView> objects = e.getObjects().stream().map(o -> {
            Artifact a = o.getArtifact();
            return new ExhibitView(a.getObjectNumber(), a.getTitle(), a.getStatus(), o.getLabel(),
                    o.getDisplayNotes(), o.getInstalledAt(), o.getReturnedAt());
        }).toList();
        LocationRef location = e.getLocationId() == null ? null : locations.refs(List.of(e.getLocationId())).get(e.getLocationId());
        return new ExhibitionView(e.getNumber(), e.getTitle(), e.getDescription(), e.getVenue(), e.getKind(),
                e.getCurator(), e.getOpensOn(), e.getClosesOn(), location == null ? null : location.code(),
                location == null ? null : location.fullName(),
                ExhibitionPhase.on(today(), e.getOpensOn(), e.getClosesOn()), e.isPublished(), e.getPublishedAt(),
                e.getInstallation(), e.getInstalledAt(), e.getClosedAt(), objects, e.getCreatedAt(),
                e.getCreatedBy(), e.getUpdatedAt(), e.getUpdatedBy(), e.getVersion());
    }

    // --- public ----------------------------------------------------------------------------------------

    /** A published exhibition with its published objects only; empty for drafts and unknown numbers alike. */
    @Transactional(readOnly = true)
    public Optional<PublicExhibitionView> findPublished(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        return exhibitions.findByNumber(n).filter(Exhibition::isPublished).map(this::publicView);
    }

    /** Published exhibitions, newest opening first, optionally of one phase (null: all). */
    @Transactional(readOnly = true)
    public List<ExhibitionSummary> listPublished(ExhibitionPhase phase) {
        LocalDate today = today();
        return exhibitions.findPublished().stream()
                .filter(e -> phase == null || ExhibitionPhase.on(today, e.getOpensOn(), e.getClosesOn()) == phase)
                .map(this::summary)
                .toList();
    }

    /** The published exhibitions that show a published object (its public "exhibition history"). */
    @Transactional(readOnly = true)
    public List<ExhibitionSummary> publishedFor(String objectNumber) {
        return artifactRecords.findByObjectNumber(objectNumber)
                .filter(a -> a.getStatus() == ArtifactStatus.PUBLISHED)
                .map(a -> exhibitions.findByArtifact(a.getId()).stream().map(ExhibitionObject::getExhibition)
                        .filter(Exhibition::isPublished).map(this::summary).toList())
                .orElse(List.of());
    }

    private ExhibitionSummary summary(Exhibition e) {
        return new ExhibitionSummary(e.getNumber(), e.getTitle(), e.getVenue(), e.getKind(), e.getOpensOn(),
                e.getClosesOn(), ExhibitionPhase.on(today(), e.getOpensOn(), e.getClosesOn()), coverMediaId(e));
    }

    /** The lead image of the first published object that has one (read only as far as needed). */
    private Long coverMediaId(Exhibition e) {
        for (ExhibitionObject o : e.getObjects()) {
            if (o.getArtifact().getStatus() == ArtifactStatus.PUBLISHED) {
                MediaView image = artifacts.findPublished(o.getArtifact().getObjectNumber())
                        .map(PublicArtifactView::leadImage).orElse(null);
                if (image != null) {
                    return image.id();
                }
            }
        }
        return null;
    }

    private PublicExhibitionView publicView(Exhibition e) {
        List<PublicExhibit> shown = new ArrayList<>();
        for (ExhibitionObject o : e.getObjects()) {
            if (o.getArtifact().getStatus() != ArtifactStatus.PUBLISHED) {
                continue;
            }
            Optional<PublicArtifactView> artifact = artifacts.findPublished(o.getArtifact().getObjectNumber());
            artifact.ifPresent(a -> shown.add(new PublicExhibit(a, a.leadImage(), o.getLabel())));
        }
        return new PublicExhibitionView(e.getNumber(), e.getTitle(), e.getDescription(), e.getVenue(), e.getKind(),
                e.getCurator(), e.getOpensOn(), e.getClosesOn(),
                ExhibitionPhase.on(today(), e.getOpensOn(), e.getClosesOn()), List.copyOf(shown));
    }
}
