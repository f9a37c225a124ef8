package tw.museum.catalog.healthcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A case as staff see it (with the latest quote, draft or not), personal data included. Never hand it to a requester page or the public API. */
public record CaseView(String number, CaseStatus status, LocalDate scheduledFor, Requester requester, CaseObjects objects,
                       Set<ServiceKind> services, boolean onSite, String siteAddress, LocalDate preferredFrom,
                       LocalDate preferredTo, String language, Instant createdAt, Instant updatedAt,
                       List<TimelineEntry> timeline, List<MessageView> messages, Set<CaseStatus> nextStatuses,
                       QuoteView quote, List<PhotoView> photos, long version) {

    static CaseView of(HealthCheckCase c) {
        return new CaseView(c.getCaseNumber(), c.getStatus(), c.getScheduledFor(),
                new Requester(c.getRequesterType(), c.getRequesterName(), c.getRequesterOrganisation(),
                        c.getRequesterEmail(), c.getRequesterPhone(), c.getRequesterAddress(), c.getConsentAt(),
                        c.getConsentVersion()),
                CaseObjects.of(c), c.getServices(), c.isOnSite(), c.getSiteAddress(), c.getPreferredFrom(),
                c.getPreferredTo(), c.getLanguage(), c.getCreatedAt(), c.getUpdatedAt(),
                c.getEvents().stream().map(TimelineEntry::of).toList(),
                c.getMessages().stream().map(MessageView::of).toList(),
                CaseTransitions.next(c.getStatus()), c.latestQuote().map(QuoteView::of).orElse(null),
                c.getPhotos().stream().map(PhotoView::of).toList(), c.getVersion());
    }
}
