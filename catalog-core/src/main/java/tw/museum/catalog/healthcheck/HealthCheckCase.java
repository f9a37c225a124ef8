package tw.museum.catalog.healthcheck;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.media.StoredFile;

/**
 * A request for a paid health check of someone's objects, from submission to closing. The requester's
 * contact details are personal data: only staff views carry them. The access code is kept only as a hash.
 */
@Entity
@Table(name = "health_check_case")
public class HealthCheckCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_check_case_seq")
    @SequenceGenerator(name = "health_check_case_seq", sequenceName = "health_check_case_seq", allocationSize = 50)
    private Long id;

    private String caseNumber;
    private String accessCodeHash;
    private String submissionToken;
    private String language;

    @Enumerated(EnumType.STRING)
    private RequesterType requesterType;
    private String requesterName;
    private String requesterOrganisation;
    private String requesterEmail;
    private String requesterPhone;
    private String requesterAddress;
    private Instant consentAt;
    private String consentVersion;

    private int objectCount;
    private String objectDescription;
    private Instant finishedAt;
    private Instant anonymisedAt;
    private String objectMaterials;
    private String objectAge;
    private String objectSize;
    private String services;
    private boolean onSite;
    private String siteAddress;
    private LocalDate preferredFrom;
    private LocalDate preferredTo;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    /** The agreed date of the examination, set by the SCHEDULED step. */
    private LocalDate scheduledFor;
    private Instant createdAt;
    private Instant updatedAt;

    @OneToMany(mappedBy = "healthCheckCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<CaseEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "healthCheckCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<CaseMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "healthCheckCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("quoteNo")
    private List<CaseQuote> quotes = new ArrayList<>();

    @OneToMany(mappedBy = "healthCheckCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CasePhoto> photos = new ArrayList<>();

    @Version
    private long version;

    protected HealthCheckCase() {
    }

    HealthCheckCase(String caseNumber, String accessCodeHash, CaseRequest request, String actor, Instant now) {
        this.caseNumber = caseNumber;
        this.accessCodeHash = accessCodeHash;
        this.submissionToken = blankToNull(request.submissionToken());
        this.language = request.language() == null ? "zh-TW" : request.language();
        this.requesterType = request.requesterType();
        this.requesterName = request.name().strip();
        this.requesterOrganisation = blankToNull(request.organisation());
        this.requesterEmail = request.email().strip();
        this.requesterPhone = blankToNull(request.phone());
        this.requesterAddress = blankToNull(request.address());
        this.consentAt = now;
        this.consentVersion = request.consentVersion();
        this.objectCount = request.objectCount();
        this.objectDescription = request.objectDescription().strip();
        this.objectMaterials = blankToNull(request.materials());
        this.objectAge = blankToNull(request.approximateAge());
        this.objectSize = blankToNull(request.size());
        this.services = request.services().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.onSite = request.onSite();
        this.siteAddress = request.onSite() ? blankToNull(request.siteAddress()) : null;
        this.preferredFrom = request.preferredFrom();
        this.preferredTo = request.preferredTo();
        this.status = CaseStatus.SUBMITTED;
        this.createdAt = now;
        this.updatedAt = now;
        events.add(new CaseEvent(this, CaseStatus.SUBMITTED, actor, now, null));
    }

    /** Moves the case on, refusing steps the process does not have, and records who and when. */
    void moveTo(CaseStatus target, String actor, Instant now, String note) {
        CaseTransitions.check(status, target);
        settleQuote(target, now, note);
        this.status = target;
        this.updatedAt = now;
        if (CaseTransitions.next(target).isEmpty()) {
            // closed, declined or cancelled: the retention period of the requester's details starts
            this.finishedAt = now;
        }
        events.add(new CaseEvent(this, target, actor, now, blankToNull(note)));
    }

    /** Erases the requester's contact details (retention rule); the case itself stays for the records. */
    void anonymise(Instant now) {
        this.requesterName = ANONYMISED;
        this.requesterOrganisation = null;
        this.requesterEmail = ANONYMISED_EMAIL;
        this.requesterPhone = null;
        this.requesterAddress = null;
        this.siteAddress = null;
        this.submissionToken = null;
        this.anonymisedAt = now;
        this.updatedAt = now;
    }

    static final String ANONYMISED = "[anonymised]";
    static final String ANONYMISED_EMAIL = "anonymised@invalid";

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    /**
     * The quote follows the case: sending it makes the case QUOTED, the requester's yes QUOTE_ACCEPTED, and
     * a no sends the case back to ACCEPTED for a new quote. A case cannot be quoted without a draft.
     */
    private void settleQuote(CaseStatus target, Instant now, String note) {
        if (target == CaseStatus.QUOTED) {
            CaseQuote draft = latestQuote().filter(q -> q.getStatus() == QuoteStatus.DRAFT)
                    .orElseThrow(() -> new InvalidRecordException(FieldProblem.of("quote", "quote-missing")));
            draft.markSent(now);
        } else if (status == CaseStatus.QUOTED) {
            latestQuote().filter(q -> q.getStatus() == QuoteStatus.SENT)
                    .ifPresent(q -> q.decide(target == CaseStatus.QUOTE_ACCEPTED, blankToNull(note), now));
        }
    }

    /** Drafts a quote from computed lines, replacing an unsent draft; only an accepted case is quoted. */
    void draftQuote(boolean urgent, List<QuoteLineData> lines, Instant now) {
        if (status != CaseStatus.ACCEPTED) {
            throw new IllegalTransitionException(status, CaseStatus.QUOTED);
        }
        latestQuote().filter(q -> q.getStatus() == QuoteStatus.DRAFT).ifPresent(quotes::remove);
        int next = quotes.stream().mapToInt(CaseQuote::getQuoteNo).max().orElse(0) + 1;
        quotes.add(new CaseQuote(this, next, urgent, lines, now));
        this.updatedAt = now;
    }

    void editDraftQuote(List<QuoteLineData> lines, Instant now) {
        CaseQuote draft = latestQuote().filter(q -> q.getStatus() == QuoteStatus.DRAFT)
                .orElseThrow(() -> new InvalidRecordException(FieldProblem.of("quote", "quote-missing")));
        draft.replaceLines(lines);
        this.updatedAt = now;
    }

    Optional<CaseQuote> latestQuote() {
        return quotes.isEmpty() ? Optional.empty() : Optional.of(quotes.get(quotes.size() - 1));
    }

    void addPhoto(StoredFile file, Instant now) {
        photos.add(new CasePhoto(this, file, now));
    }

    public List<CasePhoto> getPhotos() {
        return List.copyOf(photos);
    }

    CaseMessage addMessage(MessageAuthor author, String authorName, String body, Instant now) {
        CaseMessage message = new CaseMessage(this, author, authorName, body.strip(), now);
        messages.add(message);
        this.updatedAt = now;
        return message;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    String getAccessCodeHash() {
        return accessCodeHash;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public String getLanguage() {
        return language;
    }

    public RequesterType getRequesterType() {
        return requesterType;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getRequesterOrganisation() {
        return requesterOrganisation;
    }

    public String getRequesterEmail() {
        return requesterEmail;
    }

    public String getRequesterPhone() {
        return requesterPhone;
    }

    public String getRequesterAddress() {
        return requesterAddress;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public int getObjectCount() {
        return objectCount;
    }

    public String getObjectDescription() {
        return objectDescription;
    }

    public String getObjectMaterials() {
        return objectMaterials;
    }

    public String getObjectAge() {
        return objectAge;
    }

    public String getObjectSize() {
        return objectSize;
    }

    public Set<ServiceKind> getServices() {
        if (services == null || services.isBlank()) {
            return EnumSet.noneOf(ServiceKind.class);
        }
        return Arrays.stream(services.split(",")).map(ServiceKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ServiceKind.class)));
    }

    public boolean isOnSite() {
        return onSite;
    }

    public String getSiteAddress() {
        return siteAddress;
    }

    public LocalDate getPreferredFrom() {
        return preferredFrom;
    }

    public LocalDate getPreferredTo() {
        return preferredTo;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getScheduledFor() {
        return scheduledFor;
    }

    void scheduleFor(LocalDate date) {
        this.scheduledFor = date;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<CaseEvent> getEvents() {
        return List.copyOf(events);
    }

    public List<CaseMessage> getMessages() {
        return List.copyOf(messages);
    }

    public long getVersion() {
        return version;
    }
}
