package tw.museum.site.donation;

import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tw.museum.catalog.donation.DonationService;
import tw.museum.catalog.donation.DonationStatus;
import tw.museum.catalog.donation.DonationView;
import tw.museum.catalog.donation.IllegalDonationStepException;
import tw.museum.site.document.PdfDocuments;

/**
 * The deed of gift and the thank-you letter of an accepted offer, as PDFs in the donor's language. They
 * name the donor (they are addressed to them), so they are for donation staff to print and send.
 */
@Component
public class DonationDocuments {

    private final DonationService donations;
    private final PdfDocuments pdf;

    public DonationDocuments(DonationService donations, PdfDocuments pdf) {
        this.donations = donations;
        this.pdf = pdf;
    }

    public ResponseEntity<byte[]> deedOfGift(String number, Locale locale) {
        return document(number, "deed-of-gift", locale);
    }

    public ResponseEntity<byte[]> thankYouLetter(String number, Locale locale) {
        return document(number, "thank-you-letter", locale);
    }

    private ResponseEntity<byte[]> document(String number, String template, Locale locale) {
        DonationView offer = donations.get(number);
        if (offer.status() != DonationStatus.ACCEPTED) {
            throw new IllegalDonationStepException(offer.status(), DonationStatus.ACCEPTED);
        }
        // addressed to the donor: in the donor's language, whatever the staff member's
        Locale language = "en".equals(offer.language()) ? Locale.ENGLISH : Locale.TRADITIONAL_CHINESE;
        byte[] body = pdf.render(template, Map.of("offer", offer), language);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(template + "-" + number + ".pdf").build().toString())
                .body(body);
    }
}
