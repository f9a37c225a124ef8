package tw.museum.catalog.donation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ProductionDate;
import tw.museum.catalog.artifact.RestrictedData;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.NumberCounters;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.media.ImageUploads;
import tw.museum.catalog.media.MediaDescription;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.media.MediaStore;
import tw.museum.catalog.media.StoredFile;

/**
 * Donations in: offers from the public, the curator's evaluation, the acquisition committee's decision, and
 * accessioning the accepted objects into the catalogue (through {@link ArtifactService}, as drafts for
 * cataloguers to complete and publish).
 */
@Service
@Transactional
@EnableConfigurationProperties(DonationProperties.class)
public class DonationService {

    static final String AUDIT_TYPE = "donation";
    static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");
    static final int MAX_OBJECTS = 20;
    static final int MAX_PHOTOS = 10;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final DonationOfferRepository offers;
    private final NumberCounters counters;
    private final ImageUploads photos;
    private final MediaStore store;
    private final ArtifactService artifacts;
    private final MediaService media;
    private final DonationProperties properties;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DonationService(DonationOfferRepository offers, NumberCounters counters, ImageUploads photos,
                           MediaStore store, ArtifactService artifacts, MediaService media,
                           DonationProperties properties, AuditLog audit, CurrentActor actor,
                           ApplicationEventPublisher events, Clock clock) {
        this.offers = offers;
        this.counters = counters;
        this.photos = photos;
        this.store = store;
        this.artifacts = artifacts;
        this.media = media;
        this.properties = properties;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    // ---- donors

    public Submission submit(DonationOfferData data) {
        return submit(data, List.of());
    }

    /**
     * Records an offer; {@code photosPerObject} holds each offered object's photos, in order (images only).
     * A form sent again with the same token gets the offer it already made.
     */
    public Submission submit(DonationOfferData data, List<? extends List<? extends InputStreamSource>> photosPerObject) {
        Optional<Submission> earlier = findSubmission(data.submissionToken());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(data);
        List<List<StoredFile>> stored = new ArrayList<>();
        for (int i = 0; i < data.objects().size(); i++) {
            stored.add(i < photosPerObject.size()
                    ? photos.store(photosPerObject.get(i), "objects[" + i + "].photos", MAX_PHOTOS) : List.of());
        }
        int year = year();
        String number = "DO-%d-%04d".formatted(year, counters.next("donation:" + year));
        DonationOffer offer = new DonationOffer(number, data, clock.instant());
        for (int i = 0; i < data.objects().size(); i++) {
            DonationObject object = offer.offer(data.objects().get(i));
            stored.get(i).forEach(object::addPhoto);
        }
        offers.saveAndFlush(offer);
        audit.record(AUDIT_TYPE, number, AuditAction.CREATE, null, DonationSummary.of(offer));
        events.publishEvent(new DonationEvents.Submitted(number));
        return new Submission(number, false);
    }

    @Transactional(readOnly = true)
    public Optional<Submission> findSubmission(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return offers.findBySubmissionToken(token.strip()).map(o -> new Submission(o.getOfferNumber(), true));
    }

    private void check(DonationOfferData d) {
        Checks checks = new Checks()
                .require("donorName", d.donorName()).maxLength("donorName", d.donorName(), 200)
                .require("donorEmail", d.donorEmail()).maxLength("donorEmail", d.donorEmail(), 320)
                .maxLength("donorPhone", d.donorPhone(), 50)
                .maxLength("donorAddress", d.donorAddress(), 500)
                .maxLength("creditName", d.creditName(), 300)
                .maxLength("giftConditions", d.giftConditions(), 4000)
                .maxLength("submissionToken", d.submissionToken(), 64);
        if (d.donorEmail() != null && !d.donorEmail().isBlank() && !EMAIL.matcher(d.donorEmail().strip()).matches()) {
            checks.add("donorEmail", "email-format");
        }
        if (!d.consent()) {
            checks.add("consent", "consent-required");
        }
        if (d.consentVersion() == null || d.consentVersion().isBlank()) {
            checks.add("consentVersion", "required");
        }
        if (d.creditChoice() == null) {
            checks.add("creditChoice", "required");
        } else if (d.creditChoice() == CreditChoice.CUSTOM) {
            checks.require("creditName", d.creditName());
        }
        if (d.objects().isEmpty()) {
            checks.add("objects", "required");
        } else if (d.objects().size() > MAX_OBJECTS) {
            checks.add("objects", "too-many-objects", MAX_OBJECTS);
        }
        for (int i = 0; i < Math.min(d.objects().size(), MAX_OBJECTS); i++) {
            OfferedObject o = d.objects().get(i);
            String f = "objects[" + i + "]";
            if (o == null) {
                checks.add(f + ".title", "required");
                continue;
            }
            checks.require(f + ".title", o.title()).maxLength(f + ".title", o.title(), 500)
                    .require(f + ".description", o.description()).maxLength(f + ".description", o.description(), 4000)
                    .maxLength(f + ".history", o.history(), 8000)
                    .maxLength(f + ".dateMade", o.dateMade(), 200);
        }
        checks.throwIfAny();
    }

    // ---- curators and the committee

    @Transactional(readOnly = true)
    public Page<DonationSummary> list(DonationStatus status, Pageable pageable) {
        return offers.findByStatus(status, pageable).map(DonationSummary::of);
    }

    @Transactional(readOnly = true)
    public DonationView get(String number) {
        return DonationView.of(find(number));
    }

    /** The curator's evaluation; it may be revised until the committee decides. */
    public DonationView evaluate(String number, Evaluation evaluation, Long version) {
        DonationOffer offer = find(number);
        StaleVersionException.check(AUDIT_TYPE, number, version, offer.getVersion());
        requireOpen(offer);
        Checks checks = new Checks()
                .require("relevance", evaluation.relevance()).maxLength("relevance", evaluation.relevance(), 2000)
                .require("condition", evaluation.condition()).maxLength("condition", evaluation.condition(), 2000)
                .require("provenance", evaluation.provenance()).maxLength("provenance", evaluation.provenance(), 2000)
                .maxLength("storageCost", evaluation.storageCost(), 2000);
        if (evaluation.recommendation() == null) {
            checks.add("recommendation", "required");
        }
        checks.throwIfAny();
        DonationSummary before = DonationSummary.of(offer);
        offer.evaluate(evaluation, actor.name(), clock.instant());
        offers.saveAndFlush(offer);
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, before, DonationSummary.of(offer));
        return DonationView.of(offer);
    }

    /**
     * Records the committee's decision and tells the donor. Accepting accessions every offered object in the
     * same transaction: a new draft artifact with the next number of the configured pattern (counted in the
     * database), the donor's history as provenance, the agreed credit line, the photos attached.
     */
    public DonationView decide(String number, CommitteeDecision decision, Long version) {
        DonationOffer offer = find(number);
        StaleVersionException.check(AUDIT_TYPE, number, version, offer.getVersion());
        if (offer.getStatus() != DonationStatus.EVALUATED) {
            throw new IllegalDonationStepException(offer.getStatus(), DonationStatus.EVALUATED);
        }
        Checks checks = new Checks().require("minutesReference", decision.minutesReference())
                .maxLength("minutesReference", decision.minutesReference(), 200);
        if (decision.decision() == null) {
            checks.add("decision", "required");
        }
        if (decision.date() == null) {
            checks.add("date", "required");
        } else if (decision.date().isAfter(LocalDate.ofInstant(clock.instant(), MUSEUM_ZONE))) {
            checks.add("date", "date-future");
        }
        checks.throwIfAny();
        DonationSummary before = DonationSummary.of(offer);
        offer.decide(decision, actor.name(), clock.instant());
        if (decision.decision() == Verdict.ACCEPT) {
            offer.getObjects().forEach(o -> accession(offer, o));
        }
        offers.saveAndFlush(offer);
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, before, DonationSummary.of(offer));
        events.publishEvent(new DonationEvents.Decided(number, decision.decision()));
        return DonationView.of(offer);
    }

    private void accession(DonationOffer offer, DonationObject o) {
        String objectNumber = nextObjectNumber();
        boolean english = "en".equals(offer.getLanguage());
        Bilingual title = english ? Bilingual.of(o.getTitle(), o.getTitle()) : Bilingual.of(o.getTitle(), null);
        Bilingual description = english ? Bilingual.of(o.getDescription(), o.getDescription())
                : Bilingual.of(o.getDescription(), null);
        Bilingual provenance = o.getHistory() == null ? null
                : english ? Bilingual.of(o.getHistory(), o.getHistory()) : Bilingual.of(o.getHistory(), null);
        ProductionDate date = o.getDateMade() == null ? null
                : new ProductionDate(Bilingual.of(o.getDateMade(), null), null, null);
        // the gift's conditions and where the record came from stay on the staff side
        String notes = "Donation offer " + offer.getOfferNumber()
                + (offer.getGiftConditions() == null ? "" : "\nConditions of the gift: " + offer.getGiftConditions());
        ArtifactData data = new ArtifactData(objectNumber, title, null, null, description, date, null, null, null,
                null, null, null, null, provenance, creditLine(offer), null, null, null,
                new RestrictedData(null, notes), null);
        artifacts.create(data);
        o.accessioned(objectNumber);
        int n = 0;
        for (DonationPhoto p : o.getPhotos()) {
            n++;
            try (InputStream in = store.open(p.getStorageKey())) {
                media.attach(objectNumber, objectNumber + "-donor-photo-" + n, in, MediaDescription.none());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The next free number of the pattern; numbers already taken (say by an import) are skipped. */
    private String nextObjectNumber() {
        int year = year();
        String candidate;
        do {
            candidate = properties.objectNumber(year, counters.next("accession:" + year));
        } while (artifacts.exists(candidate));
        return candidate;
    }

    /** Only what the donor agreed to publish: the name given for it, or an anonymous credit. */
    Bilingual creditLine(DonationOffer offer) {
        return offer.publishableName()
                .map(name -> Bilingual.of(MessageFormat.format(properties.creditLineZh(), name),
                        MessageFormat.format(properties.creditLineEn(), name)))
                .orElse(Bilingual.of(properties.anonymousCreditZh(), properties.anonymousCreditEn()));
    }

    /** A donor's photo, for staff. */
    @Transactional(readOnly = true)
    public Optional<PhotoFile> photo(String number, long photoId) {
        return find(number).getObjects().stream().flatMap(o -> o.getPhotos().stream())
                .filter(p -> p.getId() == photoId).findFirst()
                .map(p -> new PhotoFile(store.path(p.getStorageKey()), p.getMediaType()));
    }

    private void requireOpen(DonationOffer offer) {
        if (offer.getStatus() != DonationStatus.SUBMITTED && offer.getStatus() != DonationStatus.EVALUATED) {
            throw new IllegalDonationStepException(offer.getStatus(), DonationStatus.SUBMITTED);
        }
    }

    private int year() {
        return clock.instant().atZone(MUSEUM_ZONE).getYear();
    }

    DonationOffer find(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return offers.findByOfferNumber(n).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, number));
    }
}
