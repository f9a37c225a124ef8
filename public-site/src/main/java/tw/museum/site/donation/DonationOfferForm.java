package tw.museum.site.donation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.multipart.MultipartFile;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.donation.CreditChoice;
import tw.museum.catalog.donation.DonationOfferData;
import tw.museum.catalog.donation.OfferedObject;
import tw.museum.site.staff.FormValues;

/**
 * The donation offer form as typed: donor, credit choice, conditions, and up to {@link #ROWS} object rows each
 * with its photos. Rows left wholly blank are not offered objects.
 */
public class DonationOfferForm {

    static final int ROWS = 3;

    private String token;
    private String donorName;
    private String donorEmail;
    private String donorPhone;
    private String donorAddress;
    private boolean consent;
    private String creditChoice;
    private String creditName;
    private String giftConditions;
    private List<Row> objects = new ArrayList<>();

    public static class Row {
        private String title;
        private String description;
        private String history;
        private String dateMade;
        private List<MultipartFile> photos = new ArrayList<>();

        boolean blank() {
            return FormValues.blank(title) && FormValues.blank(description) && FormValues.blank(history) && FormValues.blank(dateMade) && chosenPhotos().isEmpty();
        }

        List<MultipartFile> chosenPhotos() {
            // a file input left empty still sends one empty part
            return photos == null ? List.of() : photos.stream().filter(p -> p != null && !p.isEmpty()).toList();
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getHistory() { return history; }
        public void setHistory(String history) { this.history = history; }
        public String getDateMade() { return dateMade; }
        public void setDateMade(String dateMade) { this.dateMade = dateMade; }
        public List<MultipartFile> getPhotos() { return photos; }
        public void setPhotos(List<MultipartFile> photos) { this.photos = photos; }
    }

    /** Fills the form up to {@link #ROWS} rows, for showing it. */
    DonationOfferForm withRows() {
        while (objects.size() < ROWS) {
            objects.add(new Row());
        }
        return this;
    }

    /** The rows that hold something, in order. */
    List<Row> filledRows() {
        return objects == null ? List.of() : objects.stream().filter(r -> r != null && !r.blank()).toList();
    }

    DonationOfferData toData(String consentVersion, Locale locale, List<FieldProblem> problems) {
        CreditChoice credit = FormValues.toEnum(CreditChoice.class, creditChoice, "creditChoice", problems);
        List<OfferedObject> offered = filledRows().stream()
                .map(r -> new OfferedObject(r.title, r.description, r.history, r.dateMade)).toList();
        return new DonationOfferData(donorName, donorEmail, donorPhone, donorAddress, consent, consentVersion, credit,
                creditName, giftConditions, offered, "en".equals(locale.getLanguage()) ? "en" : "zh-TW", token);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getDonorName() { return donorName; }
    public void setDonorName(String donorName) { this.donorName = donorName; }
    public String getDonorEmail() { return donorEmail; }
    public void setDonorEmail(String donorEmail) { this.donorEmail = donorEmail; }
    public String getDonorPhone() { return donorPhone; }
    public void setDonorPhone(String donorPhone) { this.donorPhone = donorPhone; }
    public String getDonorAddress() { return donorAddress; }
    public void setDonorAddress(String donorAddress) { this.donorAddress = donorAddress; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getCreditChoice() { return creditChoice; }
    public void setCreditChoice(String creditChoice) { this.creditChoice = creditChoice; }
    public String getCreditName() { return creditName; }
    public void setCreditName(String creditName) { this.creditName = creditName; }
    public String getGiftConditions() { return giftConditions; }
    public void setGiftConditions(String giftConditions) { this.giftConditions = giftConditions; }
    public List<Row> getObjects() { return objects; }
    public void setObjects(List<Row> objects) { this.objects = objects; }
}
