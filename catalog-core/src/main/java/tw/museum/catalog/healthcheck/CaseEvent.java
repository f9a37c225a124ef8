package tw.museum.catalog.healthcheck;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a case's timeline: the status it reached, who moved it, when, and why (a decline's reason). */
@Entity
@Table(name = "health_check_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_check_event_seq")
    @SequenceGenerator(name = "health_check_event_seq", sequenceName = "health_check_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private HealthCheckCase healthCheckCase;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String actor;
    private Instant at;
    private String note;

    protected CaseEvent() {
    }

    CaseEvent(HealthCheckCase healthCheckCase, CaseStatus status, String actor, Instant at, String note) {
        this.healthCheckCase = healthCheckCase;
        this.status = status;
        this.actor = actor;
        this.at = at;
        this.note = note;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getNote() {
        return note;
    }
}
