package tw.museum.catalog.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tw.museum.catalog.common.FieldProblem;

/**
 * The batches and their items in the database (SQL that runs on H2 and PostgreSQL alike). Claims are
 * conditional UPDATEs with a lease, as in the mail outbox: of two nodes claiming at once, each item goes to one.
 */
@Component
class BatchStore {

    private static final String BATCH_COLUMNS = "id, batch_number, field, operation, value_json, selection, status,"
            + " total, created_by, created_at, applied_by, applied_at, undone_by, undone_at, finished_at, version";
    private static final String ITEM_COLUMNS = "position, object_number, state, version_seen, version_applied,"
            + " version_undone, before_json, after_json, problems_json";
    private static final TypeReference<List<FieldProblem>> PROBLEMS = new TypeReference<>() {
    };

    private final JdbcClient sql;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    BatchStore(JdbcClient sql, JdbcTemplate jdbc, ObjectMapper json) {
        this.sql = sql;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A batch as stored. */
    record Batch(long id, String number, String field, BatchOperation operation, BatchValue value, String selection,
                 BatchStatus status, int total, String createdBy, Instant createdAt, String appliedBy,
                 Instant appliedAt, String undoneBy, Instant undoneAt, Instant finishedAt, long version) {

        /** Who the job of the current status works for: who asked for the preview, the application, the undo. */
        String actor() {
            return switch (status) {
                case APPLYING -> appliedBy;
                case UNDOING -> undoneBy;
                default -> createdBy;
            };
        }
    }

    /** An item as stored. */
    record Item(int position, String objectNumber, ItemState state, Long versionSeen, Long versionApplied,
                Long versionUndone, FieldValue before, FieldValue after, List<FieldProblem> problems) {
    }

    long insertBatch(String number, String field, BatchOperation operation, BatchValue value, String selection,
                     int total, String createdBy, Instant createdAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        sql.sql("INSERT INTO batch_edit (batch_number, field, operation, value_json, selection, status, total,"
                        + " created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(number, field, operation.name(), json.writeValueAsString(value), selection,
                        BatchStatus.PREVIEWING.name(), total, createdBy, Timestamp.from(createdAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void insertItems(long batchId, List<String> objectNumbers) {
        List<Object[]> rows = new ArrayList<>(objectNumbers.size());
        for (int i = 0; i < objectNumbers.size(); i++) {
            rows.add(new Object[] {batchId, i + 1, objectNumbers.get(i), ItemState.PREVIEW_PENDING.name()});
        }
        for (int from = 0; from < rows.size(); from += 1000) {
            jdbc.batchUpdate("INSERT INTO batch_edit_item (batch_id, position, object_number, state) VALUES (?, ?, ?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }

    Optional<Batch> find(String number) {
        return sql.sql("SELECT " + BATCH_COLUMNS + " FROM batch_edit WHERE batch_number = ?").param(number)
                .query(this::batch).optional();
    }

    List<Batch> list(int offset, int limit) {
        return sql.sql("SELECT " + BATCH_COLUMNS + " FROM batch_edit ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(offset, limit).query(this::batch).list();
    }

    long count() {
        return sql.sql("SELECT COUNT(*) FROM batch_edit").query(Long.class).single();
    }

    List<Batch> running() {
        return sql.sql("SELECT " + BATCH_COLUMNS + " FROM batch_edit WHERE status IN (?, ?, ?) ORDER BY id")
                .params(BatchStatus.PREVIEWING.name(), BatchStatus.APPLYING.name(), BatchStatus.UNDOING.name())
                .query(this::batch).list();
    }

    Map<ItemState, Integer> counts(long batchId) {
        Map<ItemState, Integer> counts = new EnumMap<>(ItemState.class);
        sql.sql("SELECT state, COUNT(*) FROM batch_edit_item WHERE batch_id = ? GROUP BY state").param(batchId)
                .query((rs, n) -> counts.put(ItemState.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    /** A page of items in position order, of one state or (null) all. */
    List<Item> items(long batchId, ItemState state, int offset, int limit) {
        return sql.sql("SELECT " + ITEM_COLUMNS + " FROM batch_edit_item WHERE batch_id = ?"
                        + (state == null ? "" : " AND state = ?") + " ORDER BY position OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(state == null ? List.of(batchId, offset, limit) : List.of(batchId, state.name(), offset, limit))
                .query(this::item).list();
    }

    /** The records the batch changed, with the version it left each at (the undo's check). */
    Map<String, Long> appliedVersions(long batchId) {
        Map<String, Long> versions = new java.util.LinkedHashMap<>();
        sql.sql("SELECT object_number, version_applied FROM batch_edit_item WHERE batch_id = ? AND state = ? ORDER BY position")
                .params(batchId, ItemState.APPLIED.name())
                .query((rs, n) -> versions.put(rs.getString(1), rs.getLong(2))).list();
        return versions;
    }

    /**
     * Moves the batch from one of {@code from} to {@code to} if it is still at {@code version}, naming who asked
     * ({@code actorColumn}: applied_by or undone_by). Returns whether it moved.
     */
    boolean transition(long batchId, long version, Set<BatchStatus> from, BatchStatus to, String actorColumn,
                       String actor, Instant at) {
        List<Object> params = new ArrayList<>(List.of(to.name()));
        String set = "status = ?, version = version + 1, finished_at = NULL";
        if (actorColumn != null) {
            set += ", " + actorColumn + " = ?, " + actorColumn.replace("_by", "_at") + " = ?";
            params.add(actor);
            params.add(Timestamp.from(at));
        }
        params.add(batchId);
        params.add(version);
        from.forEach(s -> params.add(s.name()));
        String in = String.join(", ", from.stream().map(s -> "?").toList());
        return sql.sql("UPDATE batch_edit SET " + set + " WHERE id = ? AND version = ? AND status IN (" + in + ")")
                .params(params).update() == 1;
    }

    /** Ends the job of {@code status} if no item is left for it; of two nodes trying, one does it. */
    boolean finishIfDone(long batchId, BatchStatus status, Instant now) {
        return sql.sql("UPDATE batch_edit SET status = ?, finished_at = ?, version = version + 1"
                        + " WHERE id = ? AND status = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM batch_edit_item WHERE batch_id = ? AND state = ?)")
                .params(status.next().name(), Timestamp.from(now), batchId, status.name(), batchId,
                        status.pendingItems().name())
                .update() == 1;
    }

    /**
     * Claims up to {@code limit} items in {@code state} that nobody holds (or whose holder's lease ran out) for
     * {@code until}, under {@code token}, and returns them. The conditions are repeated on the outer UPDATE so a
     * row another node claimed in the meantime is re-checked and left alone; a node that lost the race for the
     * whole chunk tries the next free items.
     */
    List<Item> claim(long batchId, ItemState state, String node, String token, Instant now, Instant until, int limit) {
        Timestamp at = Timestamp.from(now);
        for (int attempt = 0; attempt < 10; attempt++) {
            int claimed = sql.sql("UPDATE batch_edit_item SET claimed_by = ?, claim_token = ?, claimed_until = ?"
                            + " WHERE batch_id = ? AND state = ? AND (claimed_until IS NULL OR claimed_until < ?)"
                            + " AND position IN (SELECT position FROM batch_edit_item WHERE batch_id = ? AND state = ?"
                            + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY position FETCH FIRST ? ROWS ONLY)")
                    .params(node, token, Timestamp.from(until), batchId, state.name(), at, batchId, state.name(), at, limit)
                    .update();
            if (claimed > 0) {
                return held(batchId, token, state);
            }
            boolean free = sql.sql("SELECT COUNT(*) FROM batch_edit_item WHERE batch_id = ? AND state = ?"
                            + " AND (claimed_until IS NULL OR claimed_until < ?)")
                    .params(batchId, state.name(), at).query(Long.class).single() > 0;
            if (!free) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * Confirms the claim of {@code token} on its items still in {@code state} and extends it: the rows stay locked
     * until the caller's transaction ends, so no other node can take them meanwhile. Returns the items still held.
     */
    List<Item> hold(long batchId, String token, ItemState state, Instant until) {
        sql.sql("UPDATE batch_edit_item SET claimed_until = ? WHERE batch_id = ? AND claim_token = ? AND state = ?")
                .params(Timestamp.from(until), batchId, token, state.name()).update();
        return held(batchId, token, state);
    }

    /** The same for one item; whether it is still held. */
    boolean holdOne(long batchId, int position, String token, ItemState state, Instant until) {
        return sql.sql("UPDATE batch_edit_item SET claimed_until = ? WHERE batch_id = ? AND position = ?"
                        + " AND claim_token = ? AND state = ?")
                .params(Timestamp.from(until), batchId, position, token, state.name()).update() == 1;
    }

    private List<Item> held(long batchId, String token, ItemState state) {
        return sql.sql("SELECT " + ITEM_COLUMNS + " FROM batch_edit_item WHERE batch_id = ? AND claim_token = ?"
                        + " AND state = ? ORDER BY position")
                .params(batchId, token, state.name()).query(this::item).list();
    }

    /** Writes an item's result and releases it, if it is still held under {@code token} in {@code from}. */
    boolean record(long batchId, int position, String token, ItemState from, ItemResult result) {
        return sql.sql("UPDATE batch_edit_item SET state = ?, version_seen = COALESCE(?, version_seen),"
                        + " version_applied = COALESCE(?, version_applied), version_undone = COALESCE(?, version_undone),"
                        + " before_json = COALESCE(?, before_json), after_json = COALESCE(?, after_json),"
                        + " problems_json = ?, claimed_by = NULL, claim_token = NULL, claimed_until = NULL"
                        + " WHERE batch_id = ? AND position = ? AND claim_token = ? AND state = ?")
                .params(result.state().name(), result.versionSeen(), result.versionApplied(), result.versionUndone(),
                        write(result.before()), write(result.after()),
                        result.problems().isEmpty() ? null : json.writeValueAsString(result.problems()),
                        batchId, position, token, from.name())
                .update() == 1;
    }

    private String write(FieldValue value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private FieldValue value(String text) {
        return text == null ? null : json.readValue(text, FieldValue.class);
    }

    private Batch batch(ResultSet rs, int n) throws SQLException {
        return new Batch(rs.getLong("id"), rs.getString("batch_number"), rs.getString("field"),
                BatchOperation.valueOf(rs.getString("operation")),
                json.readValue(rs.getString("value_json"), BatchValue.class), rs.getString("selection"),
                BatchStatus.valueOf(rs.getString("status")), rs.getInt("total"), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getString("applied_by"), instant(rs, "applied_at"),
                rs.getString("undone_by"), instant(rs, "undone_at"), instant(rs, "finished_at"), rs.getLong("version"));
    }

    private Item item(ResultSet rs, int n) throws SQLException {
        String problems = rs.getString("problems_json");
        return new Item(rs.getInt("position"), rs.getString("object_number"), ItemState.valueOf(rs.getString("state")),
                longOrNull(rs, "version_seen"), longOrNull(rs, "version_applied"), longOrNull(rs, "version_undone"),
                value(rs.getString("before_json")), value(rs.getString("after_json")),
                problems == null ? List.of() : json.readValue(problems, PROBLEMS));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
