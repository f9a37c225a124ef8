package tw.museum.catalog.healthcheck;

import java.time.Instant;
import java.util.List;

/** A quote as staff and requester see it (it holds no personal data). */
public record QuoteView(int quoteNo, QuoteStatus status, boolean urgent, List<Line> lines, long total,
                        Instant sentAt, Instant decidedAt, String decisionNote) {

    public record Line(QuoteLineKind kind, ServiceKind service, String text, int quantity, long unitAmount,
                       long amount) {
    }

    static QuoteView of(CaseQuote q) {
        return new QuoteView(q.getQuoteNo(), q.getStatus(), q.isUrgent(), q.getLines().stream().map(l -> {
            QuoteLineData d = l.data();
            return new Line(d.kind(), d.service(), d.text(), d.quantity(), d.unitAmount(), d.amount());
        }).toList(), q.getTotal(), q.getSentAt(), q.getDecidedAt(), q.getDecisionNote());
    }
}
