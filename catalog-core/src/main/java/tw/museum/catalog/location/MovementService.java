package tw.museum.catalog.location;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;

/**
 * Movement control: where each object is now and normally lives, and the movements that took it there.
 * Movements are appended, never changed or deleted, so an object's location history is complete.
 *
 * <p>A move of many objects (a whole shelf, a list of numbers, a search result) is one transaction with one
 * movement per object. It first locks the objects' artifact rows in ascending id order, the same order every
 * move and loan review uses, so two concurrent moves of overlapping objects on any node run one after the
 * other (the second sees where the first put them) and never deadlock each other.
 */
@Service
@Transactional
public class MovementService {

    /** Audit entries of move requests (one per batch) and of home-location changes (one per object). */
    public static final String AUDIT_TYPE = "movement";
    public static final String HOME_AUDIT_TYPE = "artifact-location";
    public static final int MAX_OBJECTS = 20_000;
    private static final int CHUNK = 500;
    /** Tolerance for a "moved at" typed a little ahead of the server's clock. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final LocationRepository locations;
    private final LocationRefs refs;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    public MovementService(JdbcTemplate jdbc, LocationRepository locations, LocationRefs refs, AuditLog audit,
                           CurrentActor actor, Clock clock) {
        this.jdbc = jdbc;
        this.locations = locations;
        this.refs = refs;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    // ---- moving

    /** Moves every object of the request, one movement each, in one transaction. */
    public MoveResult move(MoveRequest request) {
        return move(request, null);
    }

    /**
     * Moves one object, refused with {@link StaleVersionException} if its location changed since
     * {@code version} was read (someone else moved it meanwhile).
     */
    public MoveResult moveOne(String objectNumber, Destination to, MovementReason reason, String reference,
                              String note, Instant movedAt, Long version) {
        return move(new MoveRequest(List.of(objectNumber), to, reason, reference, note, movedAt, false),
                version == null ? -1L : version);
    }

    private MoveResult move(MoveRequest request, Long expectedVersion) {
        Instant now = clock.instant();
        Instant movedAt = request.movedAt() == null ? now : request.movedAt();
        Checks checks = new Checks();
        if (request.reason() == null) {
            checks.add("reason", "required");
        } else if (!request.reason().recordable()) {
            checks.add("reason", "not-one-of", recordableReasons());
        }
        checks.maxLength("reference", request.reference(), 100).maxLength("note", request.note(), 2000);
        if (movedAt.isAfter(now.plus(CLOCK_SKEW))) {
            checks.add("movedAt", "date-future");
        }
        Target target = target(request.to(), checks);
        if (request.setHome() && (target == null || target.location() == null)) {
            checks.add("setHome", "home-needs-location");
        }
        List<String> numbers = distinctNumbers(request.objectNumbers(), checks);
        Map<String, Long> ids = numbers.isEmpty() ? Map.of() : artifactIds(numbers);
        for (int i = 0; i < numbers.size(); i++) {
            if (!ids.containsKey(numbers.get(i))) {
                checks.add("objectNumbers[" + i + "]", "unknown-object", numbers.get(i));
            }
        }
        checks.throwIfAny();

        List<Long> sorted = new ArrayList<>(ids.values());
        Collections.sort(sorted);
        lockArtifacts(sorted);
        Map<Long, State> states = states(sorted);
        Map<Long, Long> previous = target.home() ? previousLocations(sorted, states) : Map.of();
        Map<Long, String> numberOf = ids.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

        List<Planned> planned = new ArrayList<>();
        List<String> alreadyThere = new ArrayList<>();
        for (Long id : sorted) {
            State state = states.get(id);
            String number = numberOf.get(id);
            if (expectedVersion != null) {
                StaleVersionException.check(HOME_AUDIT_TYPE, number, expectedVersion, state == null ? 0 : state.version());
            }
            Long toLocation = target.location();
            String toOffSite = target.offSite();
            if (target.home()) {
                // Lacking both a home and an earlier place, it comes back "not yet placed": the return is a fact
                // worth recording (a loan came back), and the inventory will find where it was put.
                toLocation = state != null && state.home() != null ? state.home() : previous.get(id);
            }
            Long fromLocation = state == null ? null : state.current();
            String fromOffSite = state == null ? null : state.offSite();
            Long home = request.setHome() ? toLocation : state == null ? null : state.home();
            boolean moves = !Objects.equals(fromLocation, toLocation) || !Objects.equals(fromOffSite, toOffSite);
            if (!moves) {
                alreadyThere.add(number);
                if (request.setHome() && !Objects.equals(home, state == null ? null : state.home())) {
                    planned.add(new Planned(id, number, state, fromLocation, fromOffSite, toLocation, toOffSite, home, false));
                }
                continue;
            }
            if (state != null && state.movedAt() != null && movedAt.isBefore(state.movedAt())) {
                checks.add("movedAt", "moved-before-last", number, state.movedAt());
            }
            planned.add(new Planned(id, number, state, fromLocation, fromOffSite, toLocation, toOffSite, home, true));
        }
        checks.throwIfAny();

        long batch = jdbc.queryForObject("SELECT nextval('movement_batch_seq')", Long.class);
        String who = actor.name();
        List<Planned> moving = planned.stream().filter(Planned::moves).toList();
        jdbc.batchUpdate("INSERT INTO movement (batch, artifact_id, from_location_id, from_off_site, to_location_id,"
                        + " to_off_site, moved_at, recorded_at, recorded_by, reason, reference, note)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", moving, CHUNK, (ps, p) -> {
                    ps.setLong(1, batch);
                    ps.setLong(2, p.artifactId());
                    ps.setObject(3, p.fromLocation());
                    ps.setString(4, p.fromOffSite());
                    ps.setObject(5, p.toLocation());
                    ps.setString(6, p.toOffSite());
                    ps.setObject(7, utc(movedAt));
                    ps.setObject(8, utc(now));
                    ps.setString(9, who);
                    ps.setString(10, request.reason().name());
                    ps.setString(11, blankToNull(request.reference()));
                    ps.setString(12, blankToNull(request.note()));
                });
        writeStates(planned, movedAt, request.reason(), blankToNull(request.reference()));
        for (Planned p : planned) {
            if (!Objects.equals(p.home(), p.state() == null ? null : p.state().home())) {
                audit.record(HOME_AUDIT_TYPE, p.objectNumber(), AuditAction.UPDATE,
                        Map.of("home", codeOf(p.state() == null ? null : p.state().home())), Map.of("home", codeOf(p.home())));
            }
        }
        if (!moving.isEmpty()) {
            audit.record(AUDIT_TYPE, String.valueOf(batch), AuditAction.CREATE, null,
                    new BatchSummary(moving.size(), describe(target), request.reason(), blankToNull(request.reference()),
                            blankToNull(request.note()), movedAt, request.setHome(),
                            moving.stream().limit(100).map(Planned::objectNumber).toList()));
        }
        List<MovementView> movements = moving.isEmpty() ? List.of() : batch(batch);
        return new MoveResult(batch, movements, alreadyThere);
    }

    /** What the audit trail keeps of a move request: how many, where, why (the movements hold the rest). */
    record BatchSummary(int objects, String to, MovementReason reason, String reference, String note, Instant movedAt,
                        boolean setHome, List<String> firstObjects) {
    }

    /**
     * Makes {@code locationId} (null: none) the normal location of each object, without moving it. The
     * audit trail keeps each object's change.
     */
    public void setHome(List<String> objectNumbers, Long locationId) {
        Checks checks = new Checks();
        if (locationId != null) {
            Location location = locations.findById(locationId).orElse(null);
            if (location == null) {
                checks.add("locationId", "unknown-location", locationId);
            } else if (location.isRetired()) {
                checks.add("locationId", "retired-location", location.getCode());
            }
        }
        List<String> numbers = distinctNumbers(objectNumbers, checks);
        Map<String, Long> ids = numbers.isEmpty() ? Map.of() : artifactIds(numbers);
        for (int i = 0; i < numbers.size(); i++) {
            if (!ids.containsKey(numbers.get(i))) {
                checks.add("objectNumbers[" + i + "]", "unknown-object", numbers.get(i));
            }
        }
        checks.throwIfAny();
        List<Long> sorted = new ArrayList<>(ids.values());
        Collections.sort(sorted);
        lockArtifacts(sorted);
        Map<Long, State> states = states(sorted);
        Map<Long, String> numberOf = ids.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        List<Planned> planned = new ArrayList<>();
        for (Long id : sorted) {
            State s = states.get(id);
            if (!Objects.equals(s == null ? null : s.home(), locationId)) {
                planned.add(new Planned(id, numberOf.get(id), s, s == null ? null : s.current(),
                        s == null ? null : s.offSite(), s == null ? null : s.current(), s == null ? null : s.offSite(),
                        locationId, false));
            }
        }
        writeStates(planned, null, null, null);
        for (Planned p : planned) {
            audit.record(HOME_AUDIT_TYPE, p.objectNumber(), AuditAction.UPDATE,
                    Map.of("home", codeOf(p.state() == null ? null : p.state().home())), Map.of("home", codeOf(locationId)));
        }
    }

    /** Sets one object's home location, refused if its location record changed since {@code version}. */
    public ObjectLocation setHome(String objectNumber, Long locationId, Long version) {
        Long id = artifactIds(List.of(objectNumber)).get(objectNumber);
        if (id == null) {
            throw new RecordNotFoundException("artifact", objectNumber);
        }
        lockArtifacts(List.of(id));
        State state = states(List.of(id)).get(id);
        StaleVersionException.check(HOME_AUDIT_TYPE, objectNumber, version, state == null ? 0 : state.version());
        setHome(List.of(objectNumber), locationId);
        return whereIs(objectNumber);
    }

    // ---- reading

    /** Where an object is now and normally lives. */
    @Transactional(readOnly = true)
    public ObjectLocation whereIs(String objectNumber) {
        Long id = artifactIds(List.of(objectNumber)).get(objectNumber);
        if (id == null) {
            throw new RecordNotFoundException("artifact", objectNumber);
        }
        return whereAre(Map.of(objectNumber, id)).get(objectNumber);
    }

    /** Where each of the objects is, by object number; unknown numbers are left out. */
    @Transactional(readOnly = true)
    public Map<String, ObjectLocation> whereAre(Collection<String> objectNumbers) {
        List<String> numbers = objectNumbers.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
        return numbers.isEmpty() ? Map.of() : whereAre(artifactIds(numbers));
    }

    private Map<String, ObjectLocation> whereAre(Map<String, Long> ids) {
        Map<Long, State> states = states(ids.values());
        Set<Long> locationIds = new HashSet<>();
        states.values().forEach(s -> {
            locationIds.add(s.current());
            locationIds.add(s.home());
        });
        Map<Long, LocationRef> byId = refs.of(locationIds);
        Map<String, ObjectLocation> result = new LinkedHashMap<>();
        ids.forEach((number, id) -> {
            State s = states.get(id);
            result.put(number, s == null
                    ? new ObjectLocation(number, Whereabouts.UNRECORDED, null, null, null, null, 0)
                    : new ObjectLocation(number, new Whereabouts(byId.get(s.current()), s.offSite()), byId.get(s.home()),
                    s.movedAt(), s.reason(), s.reference(), s.version()));
        });
        return result;
    }

    /** Every movement of an object, the latest first. */
    @Transactional(readOnly = true)
    public List<MovementView> history(String objectNumber) {
        Long id = artifactIds(List.of(objectNumber)).get(objectNumber);
        if (id == null) {
            throw new RecordNotFoundException("artifact", objectNumber);
        }
        return movements("m.artifact_id = ?", id);
    }

    /** The movements of one move request, by object number. */
    @Transactional(readOnly = true)
    public List<MovementView> batch(long batch) {
        return movements("m.batch = ?", batch);
    }

    /** The objects at a location now (with {@code inside}: at any location inside it too), by object number. */
    @Transactional(readOnly = true)
    public Page<ObjectAtLocation> objectsAt(long locationId, boolean inside, Pageable pageable) {
        Location location = locations.findById(locationId).orElseThrow(() -> new RecordNotFoundException("location", locationId));
        String where = inside ? "l.path LIKE ?" : "al.current_location_id = ?";
        Object key = inside ? location.getPath() + "%" : locationId;
        String from = " FROM artifact_location al JOIN artifact a ON a.id = al.artifact_id"
                + " JOIN location l ON l.id = al.current_location_id WHERE " + where;
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + from, Long.class, key);
        List<Row> rows = jdbc.query("SELECT a.object_number, a.title_zh, a.title_en, a.status, al.current_location_id,"
                        + " al.current_off_site, al.home_location_id, al.moved_at" + from + " ORDER BY a.object_number LIMIT ? OFFSET ?",
                this::row, key, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(objects(rows), pageable, total == null ? 0 : total);
    }

    /** The numbers of every object at a location now (with {@code inside}: inside it too), for a bulk move. */
    @Transactional(readOnly = true)
    public List<String> objectNumbersAt(long locationId, boolean inside) {
        Location location = locations.findById(locationId).orElseThrow(() -> new RecordNotFoundException("location", locationId));
        return inside
                ? jdbc.queryForList("SELECT a.object_number FROM artifact_location al JOIN artifact a ON a.id = al.artifact_id"
                + " JOIN location l ON l.id = al.current_location_id WHERE l.path LIKE ? ORDER BY a.object_number",
                String.class, location.getPath() + "%")
                : jdbc.queryForList("SELECT a.object_number FROM artifact_location al JOIN artifact a ON a.id = al.artifact_id"
                + " WHERE al.current_location_id = ? ORDER BY a.object_number", String.class, locationId);
    }

    /**
     * Objects whose home is this location (or inside it) but which are elsewhere now: on show, on loan, in
     * the studio. Known absences, not missing ones.
     */
    @Transactional(readOnly = true)
    public List<ObjectAtLocation> awayFrom(long locationId) {
        Location location = locations.findById(locationId).orElseThrow(() -> new RecordNotFoundException("location", locationId));
        List<Row> rows = jdbc.query("SELECT a.object_number, a.title_zh, a.title_en, a.status, al.current_location_id,"
                + " al.current_off_site, al.home_location_id, al.moved_at"
                + " FROM artifact_location al JOIN artifact a ON a.id = al.artifact_id"
                + " JOIN location h ON h.id = al.home_location_id"
                + " LEFT JOIN location c ON c.id = al.current_location_id"
                + " WHERE h.path LIKE ? AND (c.id IS NULL OR c.path NOT LIKE ?) ORDER BY a.object_number",
                this::row, location.getPath() + "%", location.getPath() + "%");
        return objects(rows);
    }

    /** How many objects are at each of the locations now (directly, not inside them). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> countsAt(Collection<Long> locationIds) {
        Map<Long, Integer> counts = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(new LinkedHashSet<>(locationIds)))) {
            jdbc.query("SELECT current_location_id, COUNT(*) FROM artifact_location WHERE current_location_id IN ("
                            + placeholders(chunk.size()) + ") GROUP BY current_location_id",
                    rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    }, chunk.toArray());
        }
        return counts;
    }

    // ---- internals

    private record Target(Long location, String offSite, boolean home) {
    }

    private record State(long artifactId, Long current, String offSite, Long home, Instant movedAt,
                         MovementReason reason, String reference, long version) {
    }

    private record Planned(long artifactId, String objectNumber, State state, Long fromLocation, String fromOffSite,
                           Long toLocation, String toOffSite, Long home, boolean moves) {
    }

    private record Row(String objectNumber, Bilingual title, ArtifactStatus status, Long current, String offSite,
                       Long home, Instant since) {
    }

    private Target target(Destination to, Checks checks) {
        if (to == null) {
            checks.add("to", "required");
            return null;
        }
        String code = LocationService.normalisedCode(to.locationCode());
        String offSite = blankToNull(to.offSite());
        int given = (to.locationId() != null ? 1 : 0) + (code != null && !code.isEmpty() ? 1 : 0)
                + (offSite != null ? 1 : 0) + (to.toHome() ? 1 : 0);
        if (given != 1) {
            checks.add("to", given == 0 ? "required" : "one-destination");
            return null;
        }
        if (to.toHome()) {
            return new Target(null, null, true);
        }
        if (offSite != null) {
            checks.maxLength("to.offSite", offSite, 500);
            return new Target(null, offSite, false);
        }
        Location location = to.locationId() != null ? locations.findById(to.locationId()).orElse(null)
                : locations.findByCode(code).orElse(null);
        String field = to.locationId() != null ? "to.locationId" : "to.locationCode";
        if (location == null) {
            checks.add(field, "unknown-location", to.locationId() != null ? to.locationId() : to.locationCode());
            return null;
        }
        if (location.isRetired()) {
            checks.add(field, "retired-location", location.getCode());
        }
        return new Target(location.getId(), null, false);
    }

    private String describe(Target target) {
        if (target.home()) {
            return "home";
        }
        return target.offSite() != null ? "off-site: " + target.offSite() : codeOf(target.location());
    }

    private String codeOf(Long locationId) {
        return locationId == null ? "" : locations.findById(locationId).map(Location::getCode).orElse(String.valueOf(locationId));
    }

    private static List<String> distinctNumbers(List<String> requested, Checks checks) {
        if (requested == null || requested.isEmpty()) {
            checks.add("objectNumbers", "required");
            return List.of();
        }
        if (requested.size() > MAX_OBJECTS) {
            checks.add("objectNumbers", "too-many-objects", MAX_OBJECTS);
            return List.of();
        }
        LinkedHashSet<String> numbers = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String n = requested.get(i) == null ? "" : requested.get(i).strip();
            if (n.isEmpty()) {
                checks.add("objectNumbers[" + i + "]", "required");
            } else {
                numbers.add(n); // a number listed twice moves once
            }
        }
        return List.copyOf(numbers);
    }

    private Map<String, Long> artifactIds(List<String> numbers) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : chunks(numbers)) {
            jdbc.query("SELECT object_number, id FROM artifact WHERE object_number IN (" + placeholders(chunk.size()) + ")",
                    rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }, chunk.toArray());
        }
        return ids;
    }

    /** Row locks on the artifacts, taken in ascending id order (the order every writer of locations uses). */
    private void lockArtifacts(List<Long> sortedIds) {
        for (List<Long> chunk : chunks(sortedIds)) {
            jdbc.queryForList("SELECT id FROM artifact WHERE id IN (" + placeholders(chunk.size()) + ") ORDER BY id FOR UPDATE",
                    Long.class, chunk.toArray());
        }
    }

    private Map<Long, State> states(Collection<Long> artifactIds) {
        Map<Long, State> states = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(artifactIds))) {
            jdbc.query("SELECT artifact_id, current_location_id, current_off_site, home_location_id, moved_at, reason,"
                    + " reference, version FROM artifact_location WHERE artifact_id IN (" + placeholders(chunk.size()) + ")",
                    rs -> {
                        String reason = rs.getString(6);
                        states.put(rs.getLong(1), new State(rs.getLong(1), longOrNull(rs, 2), rs.getString(3),
                                longOrNull(rs, 4), instant(rs, 5), reason == null ? null : MovementReason.valueOf(reason),
                                rs.getString(7), rs.getLong(8)));
                    }, chunk.toArray());
        }
        return states;
    }

    /**
     * For objects without a home location: the location inside the museum each last left (other than where
     * it is now), where "back home" takes it.
     */
    private Map<Long, Long> previousLocations(List<Long> ids, Map<Long, State> states) {
        List<Long> homeless = ids.stream().filter(id -> states.get(id) == null || states.get(id).home() == null).toList();
        Map<Long, Long> previous = new HashMap<>();
        for (List<Long> chunk : chunks(homeless)) {
            jdbc.query("SELECT artifact_id, from_location_id FROM movement WHERE from_location_id IS NOT NULL"
                            + " AND artifact_id IN (" + placeholders(chunk.size()) + ") ORDER BY artifact_id, moved_at DESC, id DESC",
                    rs -> {
                        long artifact = rs.getLong(1);
                        long from = rs.getLong(2);
                        State s = states.get(artifact);
                        if (!previous.containsKey(artifact) && (s == null || !Objects.equals(s.current(), from))) {
                            previous.put(artifact, from);
                        }
                    }, chunk.toArray());
        }
        return previous;
    }

    /** Writes each object's new current and home location: an update where a row exists, an insert where not. */
    private void writeStates(List<Planned> planned, Instant movedAt, MovementReason reason, String reference) {
        List<Planned> updates = planned.stream().filter(p -> p.state() != null).toList();
        List<Planned> inserts = planned.stream().filter(p -> p.state() == null).toList();
        jdbc.batchUpdate("UPDATE artifact_location SET current_location_id = ?, current_off_site = ?, home_location_id = ?,"
                + " moved_at = ?, reason = ?, reference = ?, version = version + 1 WHERE artifact_id = ?", updates, CHUNK, (ps, p) -> {
                    ps.setObject(1, p.toLocation());
                    ps.setString(2, p.toOffSite());
                    ps.setObject(3, p.home());
                    ps.setObject(4, p.moves() ? utc(movedAt) : utc(p.state().movedAt()));
                    ps.setString(5, p.moves() ? reason.name() : p.state().reason() == null ? null : p.state().reason().name());
                    ps.setString(6, p.moves() ? reference : p.state().reference());
                    ps.setLong(7, p.artifactId());
                });
        jdbc.batchUpdate("INSERT INTO artifact_location (artifact_id, current_location_id, current_off_site, home_location_id,"
                + " moved_at, reason, reference, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", inserts, CHUNK, (ps, p) -> {
                    ps.setLong(1, p.artifactId());
                    ps.setObject(2, p.toLocation());
                    ps.setString(3, p.toOffSite());
                    ps.setObject(4, p.home());
                    ps.setObject(5, p.moves() ? utc(movedAt) : null);
                    ps.setString(6, p.moves() ? reason.name() : null);
                    ps.setString(7, p.moves() ? reference : null);
                });
    }

    private List<MovementView> movements(String where, Object key) {
        record Raw(long id, long batch, String number, Long fromLocation, String fromOffSite, Long toLocation,
                   String toOffSite, Instant movedAt, Instant recordedAt, String recordedBy, MovementReason reason,
                   String reference, String note) {
        }
        List<Raw> raws = jdbc.query("SELECT m.id, m.batch, a.object_number, m.from_location_id, m.from_off_site,"
                        + " m.to_location_id, m.to_off_site, m.moved_at, m.recorded_at, m.recorded_by, m.reason, m.reference, m.note"
                        + " FROM movement m JOIN artifact a ON a.id = m.artifact_id WHERE " + where
                        + " ORDER BY m.moved_at DESC, m.id DESC",
                (rs, n) -> new Raw(rs.getLong(1), rs.getLong(2), rs.getString(3), longOrNull(rs, 4), rs.getString(5),
                        longOrNull(rs, 6), rs.getString(7), instant(rs, 8), instant(rs, 9), rs.getString(10),
                        MovementReason.valueOf(rs.getString(11)), rs.getString(12), rs.getString(13)), key);
        Set<Long> locationIds = new HashSet<>();
        raws.forEach(r -> {
            locationIds.add(r.fromLocation());
            locationIds.add(r.toLocation());
        });
        Map<Long, LocationRef> byId = refs.of(locationIds);
        return raws.stream().map(r -> new MovementView(r.id(), r.batch(), r.number(),
                new Whereabouts(byId.get(r.fromLocation()), r.fromOffSite()),
                new Whereabouts(byId.get(r.toLocation()), r.toOffSite()), r.movedAt(), r.recordedAt(), r.recordedBy(),
                r.reason(), r.reference(), r.note())).toList();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), new Bilingual(rs.getString(2), rs.getString(3)),
                ArtifactStatus.valueOf(rs.getString(4)), longOrNull(rs, 5), rs.getString(6), longOrNull(rs, 7),
                instant(rs, 8));
    }

    private List<ObjectAtLocation> objects(List<Row> rows) {
        Set<Long> locationIds = new HashSet<>();
        rows.forEach(r -> {
            locationIds.add(r.current());
            locationIds.add(r.home());
        });
        Map<Long, LocationRef> byId = refs.of(locationIds);
        return rows.stream().map(r -> new ObjectAtLocation(r.objectNumber(), r.title(), r.status(),
                new Whereabouts(byId.get(r.current()), r.offSite()), byId.get(r.home()), r.since())).toList();
    }

    private static String recordableReasons() {
        return java.util.Arrays.stream(MovementReason.values()).filter(MovementReason::recordable)
                .map(Enum::name).collect(Collectors.joining(", "));
    }

    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return chunks;
    }

    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
