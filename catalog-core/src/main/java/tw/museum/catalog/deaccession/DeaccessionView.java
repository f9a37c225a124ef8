package tw.museum.catalog.deaccession;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;

/**
 * A deaccession as staff see it, reasons and justification included. Restricted: never on a public surface.
 * Also what the audit trail keeps of it.
 */
public record DeaccessionView(String number, DeaccessionStatus status, List<ObjectLine> objects,
                              List<DeaccessionReason> reasons, String justification, DisposalMethod proposedMethod,
                              String proposedRecipient, String proposedBy, Instant proposedAt,
                              DecisionOutcome decision, LocalDate decisionDate, String minuteReference,
                              String decisionNote, String decidedBy, Instant decidedAt,
                              DisposalMethod disposalMethod, String disposalRecipient, LocalDate disposedOn,
                              String disposalNote, String disposalBy, Instant disposalAt,
                              List<DocumentLine> documents, Instant updatedAt, long version) {

    /** One object of the deaccession, with its catalogue status now. */
    public record ObjectLine(String objectNumber, Bilingual title, ArtifactStatus status) {
    }

    public record DocumentLine(long id, String filename, String mediaType, long sizeBytes, Instant uploadedAt,
                               String uploadedBy) {
    }

    static DeaccessionView of(Deaccession d) {
        return new DeaccessionView(d.getDeaccessionNumber(), d.getStatus(),
                d.getObjects().stream().map(a -> new ObjectLine(a.getObjectNumber(), a.getTitle(), a.getStatus())).toList(),
                d.getReasons(), d.getJustification(), d.getProposedMethod(), d.getProposedRecipient(),
                d.getProposedBy(), d.getProposedAt(), d.getDecision(), d.getDecisionDate(), d.getMinuteReference(),
                d.getDecisionNote(), d.getDecidedBy(), d.getDecidedAt(), d.getDisposalMethod(),
                d.getDisposalRecipient(), d.getDisposedOn(), d.getDisposalNote(), d.getDisposalBy(),
                d.getDisposalAt(),
                d.getDocuments().stream().map(f -> new DocumentLine(f.getId(), f.getFilename(), f.getMediaType(),
                        f.getSizeBytes(), f.getUploadedAt(), f.getUploadedBy())).toList(),
                d.getUpdatedAt(), d.getVersion());
    }
}
