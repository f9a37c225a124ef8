package tw.museum.catalog.loan;

import java.time.LocalDate;
import java.util.List;

/**
 * A loan application as a borrowing institution sends it, from the public form or the API. The contact's
 * details are personal data. {@code objectNumbers} name published objects; {@code submissionToken}
 * makes a resent form harmless.
 */
public record LoanApplication(
        String institution,
        String institutionAddress,
        String contactName,
        String contactEmail,
        String contactPhone,
        boolean consent,
        String consentVersion,
        String exhibitionTitle,
        String purpose,
        String venue,
        String facilitySecurity,
        String facilityClimate,
        String facilityLighting,
        List<String> objectNumbers,
        LocalDate periodFrom,
        LocalDate periodTo,
        String transportProposal,
        String insuranceProposal,
        String language,
        String submissionToken) {

    public LoanApplication {
        objectNumbers = objectNumbers == null ? List.of() : objectNumbers;
    }
}
