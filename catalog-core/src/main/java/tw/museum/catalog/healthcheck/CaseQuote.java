package tw.museum.catalog.healthcheck;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A quote for a case: lines in whole New Taiwan dollars, editable only while a draft. */
@Entity
@Table(name = "health_check_quote")
public class CaseQuote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_check_quote_seq")
    @SequenceGenerator(name = "health_check_quote_seq", sequenceName = "health_check_quote_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private HealthCheckCase healthCheckCase;

    private int quoteNo;
    @Enumerated(EnumType.STRING)
    private QuoteStatus status;
    private boolean urgent;
    private long total;
    private Instant createdAt;
    private Instant sentAt;
    private Instant decidedAt;
    private String decisionNote;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<QuoteLine> lines = new ArrayList<>();

    protected CaseQuote() {
    }

    CaseQuote(HealthCheckCase healthCheckCase, int quoteNo, boolean urgent, List<QuoteLineData> lines, Instant now) {
        this.healthCheckCase = healthCheckCase;
        this.quoteNo = quoteNo;
        this.urgent = urgent;
        this.status = QuoteStatus.DRAFT;
        this.createdAt = now;
        replaceLines(lines);
    }

    void replaceLines(List<QuoteLineData> data) {
        lines.clear();
        int no = 1;
        for (QuoteLineData d : data) {
            lines.add(new QuoteLine(this, no++, d));
        }
        total = QuoteCalculator.total(data);
    }

    void markSent(Instant now) {
        status = QuoteStatus.SENT;
        sentAt = now;
    }

    void decide(boolean accepted, String note, Instant now) {
        status = accepted ? QuoteStatus.ACCEPTED : QuoteStatus.DECLINED;
        decidedAt = now;
        decisionNote = note;
    }

    public int getQuoteNo() {
        return quoteNo;
    }

    public QuoteStatus getStatus() {
        return status;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public long getTotal() {
        return total;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public List<QuoteLine> getLines() {
        return List.copyOf(lines);
    }
}
