package tw.museum.site.healthcheck;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.healthcheck.CaseRequest;
import tw.museum.catalog.healthcheck.RequesterType;
import tw.museum.catalog.healthcheck.ServiceKind;
import tw.museum.site.staff.FormValues;

/**
 * The request form as typed. Numbers and dates stay text here so a mistyped value comes back to the
 * requester with a message instead of a binding error. {@code token} is the form's one-time token.
 */
public class RequestForm {

    private String token;
    private String requesterType;
    private String name;
    private String organisation;
    private String email;
    private String phone;
    private String address;
    private boolean consent;
    private String objectCount;
    private String objectDescription;
    private String materials;
    private String approximateAge;
    private String size;
    private List<String> services = new ArrayList<>();
    private boolean onSite;
    private String siteAddress;
    private String preferredFrom;
    private String preferredTo;

    CaseRequest toRequest(String consentVersion, Locale locale, List<FieldProblem> problems) {
        RequesterType type = null;
        if (requesterType != null && !requesterType.isBlank()) {
            try {
                type = RequesterType.valueOf(requesterType);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("requesterType", "wrong-type"));
            }
        }
        Set<ServiceKind> kinds = EnumSet.noneOf(ServiceKind.class);
        for (String s : services == null ? List.<String>of() : services) {
            try {
                kinds.add(ServiceKind.valueOf(s));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("services", "wrong-type"));
            }
        }
        Integer count = null;
        if (objectCount != null && !objectCount.isBlank()) {
            try {
                count = Integer.valueOf(objectCount.strip());
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("objectCount", "wrong-type"));
            }
        }
        String language = "en".equals(locale.getLanguage()) ? "en" : "zh-TW";
        return new CaseRequest(type, name, organisation, email, phone, address, consent, consentVersion, count,
                objectDescription, materials, approximateAge, size, kinds, onSite, siteAddress,
                FormValues.toDate(preferredFrom, "preferredFrom", problems), FormValues.toDate(preferredTo, "preferredTo", problems),
                language, token);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getRequesterType() { return requesterType; }
    public void setRequesterType(String requesterType) { this.requesterType = requesterType; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getObjectCount() { return objectCount; }
    public void setObjectCount(String objectCount) { this.objectCount = objectCount; }
    public String getObjectDescription() { return objectDescription; }
    public void setObjectDescription(String objectDescription) { this.objectDescription = objectDescription; }
    public String getMaterials() { return materials; }
    public void setMaterials(String materials) { this.materials = materials; }
    public String getApproximateAge() { return approximateAge; }
    public void setApproximateAge(String approximateAge) { this.approximateAge = approximateAge; }
    public String getSize() { return size; }
    public void setSize(String size) { this.size = size; }
    public List<String> getServices() { return services; }
    public void setServices(List<String> services) { this.services = services; }
    public boolean isOnSite() { return onSite; }
    public void setOnSite(boolean onSite) { this.onSite = onSite; }
    public String getSiteAddress() { return siteAddress; }
    public void setSiteAddress(String siteAddress) { this.siteAddress = siteAddress; }
    public String getPreferredFrom() { return preferredFrom; }
    public void setPreferredFrom(String preferredFrom) { this.preferredFrom = preferredFrom; }
    public String getPreferredTo() { return preferredTo; }
    public void setPreferredTo(String preferredTo) { this.preferredTo = preferredTo; }
}
