package tw.museum.site.loan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.loan.LoanApplication;
import tw.museum.site.staff.FormValues;

/**
 * The loan application as typed. Objects come as ticked search results ({@code picked}) and as numbers typed
 * one per line ({@code typedNumbers}); dates stay text so a mistyped one comes back with a message.
 */
public class LoanApplicationForm {

    private String token;
    private String institution;
    private String institutionAddress;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private boolean consent;
    private String exhibitionTitle;
    private String purpose;
    private String venue;
    private String facilitySecurity;
    private String facilityClimate;
    private String facilityLighting;
    private List<String> picked = new ArrayList<>();
    private String typedNumbers;
    private String periodFrom;
    private String periodTo;
    private String transportProposal;
    private String insuranceProposal;

    LoanApplication toApplication(String consentVersion, Locale locale, List<FieldProblem> problems) {
        return new LoanApplication(institution, institutionAddress, contactName, contactEmail, contactPhone, consent,
                consentVersion, exhibitionTitle, purpose, venue, facilitySecurity, facilityClimate, facilityLighting,
                objectNumbers(), FormValues.toDate(periodFrom, "periodFrom", problems), FormValues.toDate(periodTo, "periodTo", problems),
                transportProposal, insuranceProposal, "en".equals(locale.getLanguage()) ? "en" : "zh-TW", token);
    }

    /** Ticked and typed numbers together, each once, in the order given. */
    List<String> objectNumbers() {
        Set<String> all = new LinkedHashSet<>();
        for (String p : picked == null ? List.<String>of() : picked) {
            if (p != null && !p.isBlank()) {
                all.add(p.strip());
            }
        }
        if (typedNumbers != null) {
            // not on ASCII commas: they belong to object numbers (V.2015.651,727, EA 10470,3)
            for (String line : typedNumbers.split("[\\r\\n，、；;]+")) {
                if (!line.isBlank()) {
                    all.add(line.strip());
                }
            }
        }
        return new ArrayList<>(all);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public String getInstitutionAddress() { return institutionAddress; }
    public void setInstitutionAddress(String institutionAddress) { this.institutionAddress = institutionAddress; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getExhibitionTitle() { return exhibitionTitle; }
    public void setExhibitionTitle(String exhibitionTitle) { this.exhibitionTitle = exhibitionTitle; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getFacilitySecurity() { return facilitySecurity; }
    public void setFacilitySecurity(String facilitySecurity) { this.facilitySecurity = facilitySecurity; }
    public String getFacilityClimate() { return facilityClimate; }
    public void setFacilityClimate(String facilityClimate) { this.facilityClimate = facilityClimate; }
    public String getFacilityLighting() { return facilityLighting; }
    public void setFacilityLighting(String facilityLighting) { this.facilityLighting = facilityLighting; }
    public List<String> getPicked() { return picked; }
    public void setPicked(List<String> picked) { this.picked = picked; }
    public String getTypedNumbers() { return typedNumbers; }
    public void setTypedNumbers(String typedNumbers) { this.typedNumbers = typedNumbers; }
    public String getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(String periodFrom) { this.periodFrom = periodFrom; }
    public String getPeriodTo() { return periodTo; }
    public void setPeriodTo(String periodTo) { this.periodTo = periodTo; }
    public String getTransportProposal() { return transportProposal; }
    public void setTransportProposal(String transportProposal) { this.transportProposal = transportProposal; }
    public String getInsuranceProposal() { return insuranceProposal; }
    public void setInsuranceProposal(String insuranceProposal) { this.insuranceProposal = insuranceProposal; }
}
