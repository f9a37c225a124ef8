package tw.museum.site.api;

import java.net.URI;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.donation.CommitteeDecision;
import tw.museum.catalog.donation.DonationOfferData;
import tw.museum.catalog.donation.DonationProperties;
import tw.museum.catalog.donation.DonationService;
import tw.museum.catalog.donation.DonationStatus;
import tw.museum.catalog.donation.DonationSummary;
import tw.museum.catalog.donation.DonationView;
import tw.museum.catalog.donation.Evaluation;
import tw.museum.catalog.donation.Submission;
import tw.museum.site.donation.DonationDocuments;
import tw.museum.site.security.CataloguersOnly;

/**
 * Donation offers over JSON. Donors offer without an account (photos go through the web form); evaluating,
 * deciding and the documents are for donation staff, the only answers carrying donor details.
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/donations", produces = MediaType.APPLICATION_JSON_VALUE)
public class DonationApiController {

    private final DonationService donations;
    private final DonationProperties properties;
    private final DonationDocuments documents;

    public DonationApiController(DonationService donations, DonationProperties properties, DonationDocuments documents) {
        this.donations = donations;
        this.properties = properties;
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Submission> offer(@RequestBody DonationOfferData body,
                                            @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                            Locale locale) {
        DonationOfferData data = new DonationOfferData(body.donorName(), body.donorEmail(), body.donorPhone(),
                body.donorAddress(), body.consent(), properties.consentVersion(), body.creditChoice(),
                body.creditName(), body.giftConditions(), body.objects(),
                body.language() != null ? body.language() : ("en".equals(locale.getLanguage()) ? "en" : "zh-TW"), key);
        Submission submission;
        try {
            submission = donations.submit(data);
        } catch (DataIntegrityViolationException twin) {
            submission = donations.findSubmission(key).orElseThrow(() -> twin);
        }
        return submission.repeated() ? ResponseEntity.ok(submission)
                : ResponseEntity.created(URI.create("/api/v1/donations/" + submission.number())).body(submission);
    }

    @GetMapping
    @CataloguersOnly
    public PageResponse<DonationSummary> list(@RequestParam(required = false) DonationStatus status,
                                              @RequestParam(defaultValue = "1") int page) {
        return PageResponse.of(donations.list(status, PageRequest.of(Math.max(page, 1) - 1, 50,
                Sort.by("createdAt", "id"))));
    }

    @GetMapping("/{number}")
    @CataloguersOnly
    public DonationView get(@PathVariable String number) {
        return donations.get(number);
    }

    public record EvaluationBody(Evaluation evaluation, Long version) {
    }

    @PostMapping(path = "/{number}/evaluation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CataloguersOnly
    public DonationView evaluate(@PathVariable String number, @RequestBody EvaluationBody body) {
        return donations.evaluate(number, body.evaluation() == null ? new Evaluation(null, null, null, null, null)
                : body.evaluation(), body.version());
    }

    public record DecisionBody(CommitteeDecision decision, Long version) {
    }

    /** The committee's decision; accepting accessions the objects at once. */
    @PostMapping(path = "/{number}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CataloguersOnly
    public DonationView decide(@PathVariable String number, @RequestBody DecisionBody body) {
        return donations.decide(number, body.decision() == null ? new CommitteeDecision(null, null, null)
                : body.decision(), body.version());
    }

    @GetMapping(path = "/{number}/deed-of-gift.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @CataloguersOnly
    public ResponseEntity<byte[]> deed(@PathVariable String number, Locale locale) {
        return documents.deedOfGift(number, locale);
    }

    @GetMapping(path = "/{number}/thank-you.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @CataloguersOnly
    public ResponseEntity<byte[]> thanks(@PathVariable String number, Locale locale) {
        return documents.thankYouLetter(number, locale);
    }
}
