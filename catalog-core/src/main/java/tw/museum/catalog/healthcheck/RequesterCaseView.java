package tw.museum.catalog.healthcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A case as its requester sees it after giving number and access code. A separate type with no personal
 * data and no staff names, so nothing personal can leak by someone forgetting to blank a field.
 */
public record RequesterCaseView(String number, CaseStatus status, LocalDate scheduledFor, CaseObjects objects, Set<ServiceKind> services,
                                boolean onSite, LocalDate preferredFrom, LocalDate preferredTo, Instant createdAt,
                                List<Step> timeline, List<Message> messages, QuoteView quote,
                                boolean cancellable) {

    /** A timeline step without the staff member's name. */
    public record Step(CaseStatus status, Instant at, String note) {
    }

    /** A message without its author's name: the requester or "the museum". */
    public record Message(MessageAuthor author, String body, Instant at) {
    }

    static RequesterCaseView of(HealthCheckCase c) {
        return new RequesterCaseView(c.getCaseNumber(), c.getStatus(), c.getScheduledFor(), CaseObjects.of(c), c.getServices(),
                c.isOnSite(), c.getPreferredFrom(), c.getPreferredTo(), c.getCreatedAt(),
                c.getEvents().stream().map(e -> new Step(e.getStatus(), e.getAt(), e.getNote())).toList(),
                c.getMessages().stream().map(m -> new Message(m.getAuthor(), m.getBody(), m.getAt())).toList(),
                // a draft is the museum's work in progress: the requester sees quotes once sent
                c.latestQuote().filter(q -> q.getStatus() != QuoteStatus.DRAFT).map(QuoteView::of).orElse(null),
                CaseTransitions.allowed(c.getStatus(), CaseStatus.CANCELLED));
    }
}
