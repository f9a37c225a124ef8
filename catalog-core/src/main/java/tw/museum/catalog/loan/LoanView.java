package tw.museum.catalog.loan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A loan as registrars see it: borrower contact, insurance values and all. Never for public pages. */
public record LoanView(String number, LoanStatus status, String language, Borrower borrower, String exhibitionTitle,
                       String purpose, String venue, String facilitySecurity, String facilityClimate,
                       String facilityLighting, LocalDate periodFrom, LocalDate periodTo, String transportProposal,
                       String insuranceProposal, String conditions, String reviewedBy, Instant reviewedAt,
                       boolean agreementSigned, Instant agreementUploadedAt, LocalDate departedOn,
                       LocalDate returnedOn, List<LoanObjectView> objects, Instant createdAt, long version) {

    static LoanView of(Loan l) {
        return new LoanView(l.getLoanNumber(), l.getStatus(), l.getLanguage(),
                new Borrower(l.getInstitution(), l.getInstitutionAddress(), l.getContactName(), l.getContactEmail(),
                        l.getContactPhone(), l.getConsentAt(), l.getConsentVersion()),
                l.getExhibitionTitle(), l.getPurpose(), l.getVenue(), l.getFacilitySecurity(), l.getFacilityClimate(),
                l.getFacilityLighting(), l.getPeriodFrom(), l.getPeriodTo(), l.getTransportProposal(),
                l.getInsuranceProposal(), l.getLoanConditions(), l.getReviewedBy(), l.getReviewedAt(),
                l.getAgreementKey() != null, l.getAgreementUploadedAt(), l.getDepartedOn(), l.getReturnedOn(),
                l.getObjects().stream().map(LoanObjectView::of).toList(), l.getCreatedAt(), l.getVersion());
    }

    public List<LoanObjectView> approvedObjects() {
        return objects.stream().filter(LoanObjectView::approved).toList();
    }
}
