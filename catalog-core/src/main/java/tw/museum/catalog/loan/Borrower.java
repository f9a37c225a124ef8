package tw.museum.catalog.loan;

import java.time.Instant;

/** The borrowing institution and its contact: the contact's details are personal data, for staff only. */
public record Borrower(String institution, String address, String contactName, String contactEmail,
                       String contactPhone, Instant consentAt, String consentVersion) {
}
