package tw.museum.catalog.loan;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.artifact.ArtifactRepository;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.NumberCounters;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.condition.ConditionCheckData;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionSubject;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.MoveRequest;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaStore;
import tw.museum.catalog.media.StoredFile;

/**
 * Loans out: applications from borrowing institutions, the registrar's review, the signed agreement, the
 * movement out and back with a condition check each way, and each artifact's loan history.
 */
@Service
@Transactional
@EnableConfigurationProperties(LoanProperties.class)
public class LoanService {

    static final String AUDIT_TYPE = "loan";
    /** Loan numbers and dates follow the museum's calendar, in Taiwan. */
    public static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");
    static final int MAX_OBJECTS = 50;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<LoanStatus> HOLDING = EnumSet.of(LoanStatus.APPROVED, LoanStatus.AGREED, LoanStatus.ON_LOAN);

    private final LoanRepository loans;
    private final ArtifactRepository artifacts;
    private final NumberCounters counters;
    private final JdbcTemplate jdbc;
    private final MediaStore store;
    private final ConditionCheckService conditions;
    private final MovementService movements;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public LoanService(LoanRepository loans, ArtifactRepository artifacts, NumberCounters counters, JdbcTemplate jdbc,
                       MediaStore store, ConditionCheckService conditions, MovementService movements, AuditLog audit,
                       CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
        this.loans = loans;
        this.artifacts = artifacts;
        this.counters = counters;
        this.jdbc = jdbc;
        this.store = store;
        this.conditions = conditions;
        this.movements = movements;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), MUSEUM_ZONE);
    }

    // ---- borrowers

    /**
     * Records an application. Only published objects can be requested (a draft, a withdrawn or an unknown
     * number gets the same answer, so outsiders learn nothing of what is not public). A form sent again with
     * the same token gets the loan it already made.
     */
    public Submission apply(LoanApplication application) {
        Optional<Submission> earlier = findSubmission(application.submissionToken());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Checks checks = check(application);
        List<Artifact> requested = requestedObjects(application.objectNumbers(), checks);
        checks.throwIfAny();
        int year = clock.instant().atZone(MUSEUM_ZONE).getYear();
        String number = "LN-%d-%04d".formatted(year, counters.next("loan:" + year));
        Loan loan = new Loan(number, application, clock.instant());
        requested.forEach(loan::request);
        loans.saveAndFlush(loan);
        audit.record(AUDIT_TYPE, number, AuditAction.CREATE, null, LoanSummary.of(loan));
        events.publishEvent(new LoanEvents.Submitted(number));
        return new Submission(number, false);
    }

    @Transactional(readOnly = true)
    public Optional<Submission> findSubmission(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return loans.findBySubmissionToken(token.strip()).map(l -> new Submission(l.getLoanNumber(), true));
    }

    private List<Artifact> requestedObjects(List<String> numbers, Checks checks) {
        List<Artifact> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (numbers.isEmpty()) {
            checks.add("objectNumbers", "required");
        } else if (numbers.size() > MAX_OBJECTS) {
            checks.add("objectNumbers", "too-many-objects", MAX_OBJECTS);
            return found;
        }
        for (int i = 0; i < numbers.size(); i++) {
            String n = numbers.get(i) == null ? "" : numbers.get(i).strip();
            String field = "objectNumbers[" + i + "]";
            if (n.isEmpty()) {
                checks.add(field, "required");
                continue;
            }
            if (!seen.add(n)) {
                checks.add(field, "duplicate", n);
                continue;
            }
            Optional<Artifact> a = artifacts.findByObjectNumber(n).filter(x -> x.getStatus() == ArtifactStatus.PUBLISHED);
            if (a.isEmpty()) {
                checks.add(field, "not-lendable", n);
            } else {
                found.add(a.get());
            }
        }
        return found;
    }

    private Checks check(LoanApplication a) {
        Checks checks = new Checks()
                .require("institution", a.institution()).maxLength("institution", a.institution(), 300)
                .maxLength("institutionAddress", a.institutionAddress(), 500)
                .require("contactName", a.contactName()).maxLength("contactName", a.contactName(), 200)
                .require("contactEmail", a.contactEmail()).maxLength("contactEmail", a.contactEmail(), 320)
                .maxLength("contactPhone", a.contactPhone(), 50)
                .require("exhibitionTitle", a.exhibitionTitle()).maxLength("exhibitionTitle", a.exhibitionTitle(), 500)
                .maxLength("purpose", a.purpose(), 4000)
                .require("venue", a.venue()).maxLength("venue", a.venue(), 500)
                .maxLength("facilitySecurity", a.facilitySecurity(), 2000)
                .maxLength("facilityClimate", a.facilityClimate(), 2000)
                .maxLength("facilityLighting", a.facilityLighting(), 2000)
                .maxLength("transportProposal", a.transportProposal(), 2000)
                .maxLength("insuranceProposal", a.insuranceProposal(), 2000)
                .maxLength("submissionToken", a.submissionToken(), 64);
        if (a.contactEmail() != null && !a.contactEmail().isBlank() && !EMAIL.matcher(a.contactEmail().strip()).matches()) {
            checks.add("contactEmail", "email-format");
        }
        if (!a.consent()) {
            checks.add("consent", "consent-required");
        }
        if (a.consentVersion() == null || a.consentVersion().isBlank()) {
            checks.add("consentVersion", "required");
        }
        if (a.periodFrom() == null) {
            checks.add("periodFrom", "required");
        } else if (a.periodFrom().isBefore(today())) {
            checks.add("periodFrom", "date-past");
        }
        if (a.periodTo() == null) {
            checks.add("periodTo", "required");
        } else if (a.periodFrom() != null && a.periodTo().isBefore(a.periodFrom())) {
            checks.add("periodTo", "date-order");
        }
        return checks;
    }

    // ---- registrars

    @Transactional(readOnly = true)
    public Page<LoanSummary> list(LoanStatus status, Pageable pageable) {
        return loans.findByStatus(status, pageable).map(LoanSummary::of);
    }

    /** Loans out past their return date, the longest overdue first. */
    @Transactional(readOnly = true)
    public List<LoanSummary> overdue() {
        return loans.findOverdue(today()).stream().map(LoanSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public LoanView get(String number) {
        return LoanView.of(find(number));
    }

    /**
     * The registrar's review: a decision for every requested object, the conditions of loan. Approving
     * locks the approved artifacts' rows (in id order, so two reviews cannot deadlock) before looking for
     * overlapping loans: of two registrars approving the same object for overlapping periods at once, on
     * any node, the second waits for the first and then sees its approval.
     */
    public LoanView review(String number, List<ObjectReview> reviews, String conditions, Long version) {
        Loan loan = find(number);
        StaleVersionException.check(AUDIT_TYPE, number, version, loan.getVersion());
        requireStatus(loan, LoanStatus.SUBMITTED);
        Checks checks = new Checks().maxLength("conditions", conditions, 4000);
        Map<String, ObjectReview> byNumber = reviews == null ? Map.of() : reviews.stream()
                .filter(r -> r != null && r.objectNumber() != null)
                .collect(Collectors.toMap(r -> r.objectNumber().strip(), Function.identity(), (a, b) -> b));
        List<LoanObject> objects = loan.getObjects();
        for (int i = 0; i < objects.size(); i++) {
            checkReview(byNumber.get(objects.get(i).getArtifact().getObjectNumber()), "objects[" + i + "]", checks);
        }
        checks.throwIfAny();
        List<LoanObject> approving = objects.stream()
                .filter(o -> byNumber.get(o.getArtifact().getObjectNumber()).decision() == ObjectDecision.APPROVED)
                .sorted(Comparator.comparing(o -> o.getArtifact().getId())).toList();
        for (LoanObject o : approving) {
            jdbc.queryForList("SELECT id FROM artifact WHERE id = ? FOR UPDATE", o.getArtifact().getId());
        }
        for (int i = 0; i < objects.size(); i++) {
            LoanObject o = objects.get(i);
            if (!approving.contains(o)) {
                continue;
            }
            List<LoanObject> clashes = loans.findOverlapping(o.getArtifact().getId(), loan.getId(), loan.getPeriodFrom(),
                    loan.getPeriodTo(), today(), HOLDING);
            if (!clashes.isEmpty()) {
                Loan other = clashes.get(0).getLoan();
                checks.add("objects[" + i + "]", "loan-overlap", o.getArtifact().getObjectNumber(),
                        other.getLoanNumber(), other.getPeriodFrom(), other.getPeriodTo());
            }
        }
        checks.throwIfAny();
        LoanSummary before = LoanSummary.of(loan);
        for (LoanObject o : objects) {
            ObjectReview r = byNumber.get(o.getArtifact().getObjectNumber());
            if (r.decision() == ObjectDecision.APPROVED) {
                o.approve(r.insuranceValue(), r.insuranceCurrency().strip().toUpperCase(Locale.ROOT), blankToNull(r.note()));
            } else {
                o.refuse(r.reason(), blankToNull(r.note()));
            }
        }
        LoanStatus outcome = approving.isEmpty() ? LoanStatus.DECLINED : LoanStatus.APPROVED;
        loan.reviewed(outcome, conditions, actor.name(), clock.instant());
        loans.saveAndFlush(loan);
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, before, LoanSummary.of(loan));
        events.publishEvent(new LoanEvents.Reviewed(number, outcome));
        return LoanView.of(loan);
    }

    private static void checkReview(ObjectReview r, String field, Checks checks) {
        if (r == null || r.decision() == null || r.decision() == ObjectDecision.PENDING) {
            checks.add(field + ".decision", "required");
            return;
        }
        checks.maxLength(field + ".note", r.note(), 2000);
        if (r.decision() == ObjectDecision.REFUSED) {
            if (r.reason() == null) {
                checks.add(field + ".reason", "required");
            }
            return;
        }
        if (r.insuranceValue() == null) {
            checks.add(field + ".insuranceValue", "required");
        } else if (r.insuranceValue().signum() < 0) {
            checks.add(field + ".insuranceValue", "negative");
        } else if (r.insuranceValue().compareTo(new BigDecimal("1000000000000")) >= 0) {
            checks.add(field + ".insuranceValue", "out-of-range", 0, "1000000000000");
        }
        if (r.insuranceCurrency() == null || !CURRENCY.matcher(r.insuranceCurrency().strip().toUpperCase(Locale.ROOT)).matches()) {
            checks.add(field + ".insuranceCurrency", "currency-format");
        }
    }

    /** The agreement signed by both sides, as a PDF or a scan (image); kept in the media store. */
    public LoanView uploadSignedAgreement(String number, InputStream content, Long version) {
        Loan loan = find(number);
        StaleVersionException.check(AUDIT_TYPE, number, version, loan.getVersion());
        requireStatus(loan, LoanStatus.APPROVED);
        StoredFile file = store.store(content);
        if (file.kind() != MediaKind.IMAGE && !"application/pdf".equals(file.mediaType())) {
            new Checks().add("agreement", "not-a-document").throwIfAny();
        }
        LoanSummary before = LoanSummary.of(loan);
        loan.agreementSigned(file, clock.instant());
        loans.saveAndFlush(loan);
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, before, LoanSummary.of(loan));
        return LoanView.of(loan);
    }

    /** Where the signed agreement lies, for registrars to open it. */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> signedAgreement(String number) {
        Loan loan = find(number);
        return Optional.ofNullable(loan.getAgreementKey())
                .map(key -> new StoredDocument(store.path(key), loan.getAgreementMediaType()));
    }

    /**
     * Records the departure or return condition check of a lent object (the same condition record as
     * conservation's, context LOAN_DEPARTURE or LOAN_RETURN, referring to this loan). Departure checks are
     * taken once the agreement is signed; return checks while the object is out. A second check of the same
     * kind replaces the first as the loan's (both stay in the object's condition history).
     */
    public LoanView conditionCheck(String number, String objectNumber, ConditionCheckData data) {
        Loan loan = find(number);
        ConditionContext context = data.context();
        if (context != ConditionContext.LOAN_DEPARTURE && context != ConditionContext.LOAN_RETURN) {
            new Checks().add("context", "not-one-of", "LOAN_DEPARTURE, LOAN_RETURN").throwIfAny();
        }
        requireStatus(loan, context == ConditionContext.LOAN_DEPARTURE ? LoanStatus.AGREED : LoanStatus.ON_LOAN);
        LoanObject o = loan.object(objectNumber).filter(x -> x.getDecision() == ObjectDecision.APPROVED)
                .orElseThrow(() -> new RecordNotFoundException("loan-object", objectNumber));
        ConditionCheckData forThisLoan = new ConditionCheckData(context, loan.getLoanNumber(), data.examinedAt(),
                data.examinedBy(), data.identification(), data.category(), data.quantity(), data.period(),
                data.provenance(), data.materials(), data.dimensions(), data.grade(), data.summary(), data.damages(),
                data.causes(), data.risk(), data.urgency(), data.recommendations());
        ConditionCheckView check = conditions.record(ConditionSubject.artifact(objectNumber), forThisLoan);
        LoanSummary before = LoanSummary.of(loan);
        o.recordCheck(context, check.id());
        loan.touch(clock.instant());
        loans.saveAndFlush(loan);
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, before, LoanSummary.of(loan));
        return LoanView.of(loan);
    }

    /** The objects leave; every approved object needs its departure condition check first. */
    public LoanView depart(String number, LocalDate on, Long version) {
        return move(number, on, version, LoanStatus.AGREED, ConditionContext.LOAN_DEPARTURE);
    }

    /** The objects are back; every one needs its return condition check first. */
    public LoanView returned(String number, LocalDate on, Long version) {
        return move(number, on, version, LoanStatus.ON_LOAN, ConditionContext.LOAN_RETURN);
    }

    private LoanView move(String number, LocalDate on, Long version, LoanStatus from, ConditionContext context) {
        Loan loan = find(number);
        StaleVersionException.check(AUDIT_TYPE, number, version, loan.getVersion());
        requireStatus(loan, from);
        Checks checks = new Checks();
        String dateField = context == ConditionContext.LOAN_DEPARTURE ? "departedOn" : "returnedOn";
        if (on == null) {
            checks.add(dateField, "required");
        } else if (on.isAfter(today())) {
            checks.add(dateField, "date-future");
        } else if (context == ConditionContext.LOAN_RETURN && on.isBefore(loan.getDepartedOn())) {
            checks.add(dateField, "date-order");
        }
        List<LoanObject> objects = loan.getObjects();
        for (int i = 0; i < objects.size(); i++) {
            LoanObject o = objects.get(i);
            Long check = context == ConditionContext.LOAN_DEPARTURE ? o.getDepartureCheckId() : o.getReturnCheckId();
            if (o.getDecision() == ObjectDecision.APPROVED && check == null) {
                checks.add("objects[" + i + "]", "condition-check-missing", o.getArtifact().getObjectNumber());
            }
        }
        checks.throwIfAny();
        LoanSummary before = LoanSummary.of(loan);
        boolean departure = context == ConditionContext.LOAN_DEPARTURE;
        if (departure) {
            loan.departed(on, clock.instant());
        } else {
            loan.returned(on, clock.instant());
        }
        loans.saveAndFlush(loan);
        // One movement per lent object: out to the borrower's venue, back to its home location.
        List<String> lent = objects.stream().filter(o -> o.getDecision() == ObjectDecision.APPROVED)
                .map(o -> o.getArtifact().getObjectNumber()).toList();
        movements.move(new MoveRequest(lent,
                departure ? Destination.offSite(loan.getInstitution() + " — " + loan.getVenue()) : Destination.home(),
                MovementReason.LOAN, loan.getLoanNumber(), null, movedAt(on), false));
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, before, LoanSummary.of(loan));
        return LoanView.of(loan);
    }

    /** A departure or return date as the moment of its movement: now if it is today, else noon of that day. */
    private Instant movedAt(LocalDate on) {
        Instant now = clock.instant();
        Instant noon = on.atTime(12, 0).atZone(MUSEUM_ZONE).toInstant();
        return on.equals(today()) || noon.isAfter(now) ? now : noon;
    }

    /** Called off before the objects leave. */
    public LoanView cancel(String number, Long version) {
        Loan loan = find(number);
        StaleVersionException.check(AUDIT_TYPE, number, version, loan.getVersion());
        if (!EnumSet.of(LoanStatus.SUBMITTED, LoanStatus.APPROVED, LoanStatus.AGREED).contains(loan.getStatus())) {
            throw new IllegalLoanStepException(loan.getStatus(), LoanStatus.CANCELLED);
        }
        LoanSummary before = LoanSummary.of(loan);
        loan.cancel(clock.instant());
        loans.saveAndFlush(loan);
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, before, LoanSummary.of(loan));
        return LoanView.of(loan);
    }

    // ---- artifacts

    /** Every loan an artifact was requested for, newest period first (staff only). */
    @Transactional(readOnly = true)
    public List<ArtifactLoan> history(String objectNumber) {
        return artifacts.findByObjectNumber(objectNumber)
                .map(a -> loans.findByArtifact(a.getId()).stream().map(ArtifactLoan::of).toList())
                .orElse(List.of());
    }

    /** The loan an artifact is out on now, if any: its current location is "on loan to" that institution. */
    @Transactional(readOnly = true)
    public Optional<ArtifactLoan> currentLoan(String objectNumber) {
        return history(objectNumber).stream().filter(ArtifactLoan::out).findFirst();
    }

    Loan find(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return loans.findByLoanNumber(n).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, number));
    }

    private static void requireStatus(Loan loan, LoanStatus expected) {
        if (loan.getStatus() != expected) {
            throw new IllegalLoanStepException(loan.getStatus(), expected);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
