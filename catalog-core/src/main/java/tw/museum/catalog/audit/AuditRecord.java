package tw.museum.catalog.audit;

import java.time.Instant;
import java.util.List;

/**
 * An audit entry as staff read it: the action, who and when, the fields that changed, and the job the change
 * was part of ({@code cause}, e.g. "batch-edit:BE-2026-0001"; null for a change made directly).
 */
public record AuditRecord(long id, String entityType, String entityKey, AuditAction action, String actor,
                          Instant at, List<FieldChange> changes, String cause) {
}
