package tw.museum.catalog.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tw.museum.catalog.common.CurrentActor;

/**
 * The audit trail. Records are written in the caller's transaction, so a change and its audit
 * entry are committed, or rolled back, together.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final ObjectMapper json;
    private final CurrentActor actor;
    private final Clock clock;

    public AuditLog(AuditEntryRepository entries, ObjectMapper json, CurrentActor actor, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, String entityKey, AuditAction action, Object before, Object after) {
        entries.save(new AuditEntry(entityType, entityKey, action, actor.name(), clock.instant(),
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after), actor.cause()));
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> history(String entityType, String entityKey) {
        return entries.findByEntityTypeAndEntityKeyOrderByAtDescIdDesc(entityType, entityKey).stream()
                .map(e -> new AuditRecord(e.getId(), e.getEntityType(), e.getEntityKey(), e.getAction(),
                        e.getActor(), e.getAt(), changes(e.getBefore(), e.getAfter()), e.getCause()))
                .toList();
    }

    private List<FieldChange> changes(String beforeJson, String afterJson) {
        JsonNode before = beforeJson == null ? null : json.readTree(beforeJson);
        JsonNode after = afterJson == null ? null : json.readTree(afterJson);
        List<FieldChange> changes = new ArrayList<>();
        diff("", before, after, changes);
        return changes;
    }

    private static void diff(String path, JsonNode before, JsonNode after, List<FieldChange> out) {
        boolean beforeObject = before != null && before.isObject();
        boolean afterObject = after != null && after.isObject();
        if (beforeObject || afterObject) {
            TreeSet<String> names = new TreeSet<>();
            collectNames(before, names);
            collectNames(after, names);
            for (String name : names) {
                diff(path + "/" + name, child(before, name), child(after, name), out);
            }
            return;
        }
        String b = text(before);
        String a = text(after);
        if (!java.util.Objects.equals(b, a)) {
            out.add(new FieldChange(path, b, a));
        }
    }

    private static void collectNames(JsonNode node, TreeSet<String> names) {
        if (node != null && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                names.add(it.next().getKey());
            }
        }
    }

    private static JsonNode child(JsonNode node, String name) {
        return node != null && node.isObject() ? node.get(name) : null;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
