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

/** A message on a case, from the requester or from the museum. */
@Entity
@Table(name = "health_check_message")
public class CaseMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_check_message_seq")
    @SequenceGenerator(name = "health_check_message_seq", sequenceName = "health_check_message_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private HealthCheckCase healthCheckCase;

    @Enumerated(EnumType.STRING)
    private MessageAuthor author;
    /** The staff member's user name, or null for the requester (whose name is personal data). */
    private String authorName;
    private String body;
    private Instant at;

    protected CaseMessage() {
    }

    CaseMessage(HealthCheckCase healthCheckCase, MessageAuthor author, String authorName, String body, Instant at) {
        this.healthCheckCase = healthCheckCase;
        this.author = author;
        this.authorName = authorName;
        this.body = body;
        this.at = at;
    }

    public MessageAuthor getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getAt() {
        return at;
    }
}
