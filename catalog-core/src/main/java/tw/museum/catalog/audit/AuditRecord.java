package tw.museum.catalog.audit;

import java.time.Instant;
import java.util.List;

/** An audit entry as staff read it: the action, who and when, and the fields that changed. */
public record AuditRecord(long id, String entityType, String entityKey, AuditAction action, String actor,
                          Instant at, List<FieldChange> changes) {
}
