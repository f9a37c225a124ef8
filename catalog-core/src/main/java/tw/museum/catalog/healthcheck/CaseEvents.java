package tw.museum.catalog.healthcheck;

/**
 * What happened to a case, published inside the transaction; the site sends the requester an email for
 * each once it has committed. The access code travels only in {@link Submitted}: it is stored nowhere in clear.
 */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record Submitted(String number, String accessCode) {
    }

    public record StatusChanged(String number, CaseStatus status, String note) {
    }

    public record MuseumMessage(String number, String body) {
    }

    /** A corrected report was issued as a new version; the requester is told. */
    public record ReportReissued(String number, String reportNumber) {
    }

    /** A payment was recorded; the requester gets a receipt by email. */
    public record PaymentRecorded(String number, long amount, long outstanding) {
    }
}
