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

/** One line of a quote. */
@Entity
@Table(name = "health_check_quote_line")
public class QuoteLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_check_quote_line_seq")
    @SequenceGenerator(name = "health_check_quote_line_seq", sequenceName = "health_check_quote_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quote_id")
    private CaseQuote quote;

    private int lineNo;
    @Enumerated(EnumType.STRING)
    private QuoteLineKind kind;
    @Enumerated(EnumType.STRING)
    private ServiceKind service;
    private String text;
    private int quantity;
    private long unitAmount;
    private long amount;

    protected QuoteLine() {
    }

    QuoteLine(CaseQuote quote, int lineNo, QuoteLineData d) {
        this.quote = quote;
        this.lineNo = lineNo;
        this.kind = d.kind();
        this.service = d.service();
        this.text = d.text() == null || d.text().isBlank() ? null : d.text().strip();
        this.quantity = d.quantity();
        this.unitAmount = d.unitAmount();
        this.amount = d.amount();
    }

    QuoteLineData data() {
        return new QuoteLineData(kind, service, text, quantity, unitAmount);
    }
}
