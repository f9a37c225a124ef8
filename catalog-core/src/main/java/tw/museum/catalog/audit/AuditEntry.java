package tw.museum.catalog.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One change to one record: who, when, what it was before and what it became (as JSON snapshots). */
@Entity
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private Long id;

    private String entityType;
    private String entityKey;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String actor;
    private Instant at;

    @Column(name = "before_json")
    private String before;

    @Column(name = "after_json")
    private String after;

    /** The job the change was part of ("batch-edit:BE-2026-0001"); null for a change made directly. */
    private String cause;

    protected AuditEntry() {
    }

    AuditEntry(String entityType, String entityKey, AuditAction action, String actor, Instant at,
               String before, String after, String cause) {
        this.entityType = entityType;
        this.entityKey = entityKey;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.before = before;
        this.after = after;
        this.cause = cause;
    }

    public Long getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityKey() {
        return entityKey;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getCause() {
        return cause;
    }
}
