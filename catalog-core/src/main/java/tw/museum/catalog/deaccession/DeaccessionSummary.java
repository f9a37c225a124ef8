package tw.museum.catalog.deaccession;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A line of the deaccession list, and of an artifact's deaccession history: no reasons, no justification. */
public record DeaccessionSummary(String number, DeaccessionStatus status, List<String> objectNumbers,
                                 DisposalMethod method, String proposedBy, Instant proposedAt,
                                 LocalDate decisionDate, LocalDate disposedOn) {

    static DeaccessionSummary of(Deaccession d) {
        return new DeaccessionSummary(d.getDeaccessionNumber(), d.getStatus(),
                d.getObjects().stream().map(a -> a.getObjectNumber()).toList(),
                d.getDisposalMethod() != null ? d.getDisposalMethod() : d.getProposedMethod(),
                d.getProposedBy(), d.getProposedAt(), d.getDecisionDate(), d.getDisposedOn());
    }
}
