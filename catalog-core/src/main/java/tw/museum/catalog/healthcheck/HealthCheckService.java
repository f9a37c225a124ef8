package tw.museum.catalog.healthcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.media.MediaStore;
import tw.museum.catalog.media.StoredFile;

/**
 * Paid artifact health checks (文物健檢): requests from the public, the requester's access with number and
 * code, and the staff's handling of the case through {@link CaseTransitions}.
 */
@Service
@Transactional
public class HealthCheckService {

    static final String AUDIT_TYPE = "health-check";
    /** Who the timeline names for a requester's own step; never their name. */
    public static final String REQUESTER_ACTOR = "requester";
    /** Case numbers follow the museum's year, in Taiwan. */
    static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CASE_NUMBER = Pattern.compile("^HC-\\d{4}-\\d{4,}$");

    private final HealthCheckCaseRepository cases;
    private final CaseNumberAllocator numbers;
    private final AccessCodes codes;
    private final AccessThrottle throttle;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final QuoteCalculator calculator;
    private final RequestPhotos photos;
    private final MediaStore store;
    private final StepRequirements requirements;
    private final Clock clock;

    public HealthCheckService(HealthCheckCaseRepository cases, CaseNumberAllocator numbers, AccessCodes codes,
                              AccessThrottle throttle, AuditLog audit, CurrentActor actor,
                              ApplicationEventPublisher events, QuoteCalculator calculator, RequestPhotos photos, MediaStore store,
                              StepRequirements requirements, Clock clock) {
        this.cases = cases;
        this.numbers = numbers;
        this.codes = codes;
        this.throttle = throttle;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.calculator = calculator;
        this.photos = photos;
        this.store = store;
        this.requirements = requirements;
        this.clock = clock;
    }

    // ---- requesters

    /**
     * Opens a case for a request. A form submitted again with the same token gets the case it already
     * made (without its code). A concurrent twin loses on the token's unique key and its transaction rolls back.
     */
    public Submission submit(CaseRequest request) {
        return submit(request, List.of());
    }

    /** As {@link #submit(CaseRequest)}, with photos of the objects (images only; see {@link RequestPhotos}). */
    public Submission submit(CaseRequest request, List<? extends InputStreamSource> photoUploads) {
        if (request.submissionToken() != null && !request.submissionToken().isBlank()) {
            Optional<HealthCheckCase> earlier = cases.findBySubmissionToken(request.submissionToken().strip());
            if (earlier.isPresent()) {
                return new Submission(earlier.get().getCaseNumber(), null, true);
            }
        }
        check(request);
        List<StoredFile> stored = photos.store(photoUploads);
        String number = numbers.next(clock.instant().atZone(MUSEUM_ZONE).getYear());
        String code = codes.generate();
        HealthCheckCase c = new HealthCheckCase(number, codes.hash(number, code), request, CurrentActor.SYSTEM,
                clock.instant());
        stored.forEach(file -> c.addPhoto(file, clock.instant()));
        cases.saveAndFlush(c);
        audit.record(AUDIT_TYPE, number, AuditAction.CREATE, null, CaseAuditView.of(c));
        events.publishEvent(new CaseEvents.Submitted(number, code));
        return new Submission(number, code, false);
    }

    /** The submission a form token already made, if any: for a repeated submission that lost the race. */
    @Transactional(readOnly = true)
    public Optional<Submission> findSubmission(String submissionToken) {
        if (submissionToken == null || submissionToken.isBlank()) {
            return Optional.empty();
        }
        return cases.findBySubmissionToken(submissionToken.strip())
                .map(c -> new Submission(c.getCaseNumber(), null, true));
    }

    /**
     * The requester's view of a case, if number and code match. {@code clientKey} names the caller (a hash of
     * its address) for throttling; a throttled caller is refused even with the right code.
     */
    public CaseAccess open(String number, String code, String clientKey) {
        Authorisation a = authorise(number, code, clientKey);
        return a.granted() ? CaseAccess.granted(RequesterCaseView.of(a.found())) : new CaseAccess(a.outcome(), null);
    }

    /** A message from the requester, who proves again with number and code that the case is theirs. */
    public CaseAccess postRequesterMessage(String number, String code, String clientKey, String body) {
        Authorisation a = authorise(number, code, clientKey);
        if (!a.granted()) {
            return new CaseAccess(a.outcome(), null);
        }
        HealthCheckCase c = a.found();
        checkMessage(body);
        CaseAuditView before = CaseAuditView.of(c);
        c.addMessage(MessageAuthor.REQUESTER, null, body, clock.instant());
        cases.saveAndFlush(c);
        audit.record(AUDIT_TYPE, c.getCaseNumber(), AuditAction.UPDATE, before, CaseAuditView.of(c));
        return CaseAccess.granted(RequesterCaseView.of(c));
    }

    private record Authorisation(CaseAccess.Outcome outcome, HealthCheckCase found) {
        boolean granted() {
            return outcome == CaseAccess.Outcome.GRANTED;
        }
    }

    /** Checks number and code; a blocked caller is refused before any comparison, a failure is counted. */
    private Authorisation authorise(String number, String code, String clientKey) {
        String key = normaliseNumber(number);
        if (throttle.blocked(key, clientKey)) {
            return new Authorisation(CaseAccess.Outcome.THROTTLED, null);
        }
        Optional<HealthCheckCase> found = CASE_NUMBER.matcher(key).matches() ? cases.findByCaseNumber(key) : Optional.empty();
        // an unknown number costs a hash too, so timing does not tell numbers that exist from those that do not
        String storedHash = found.map(HealthCheckCase::getAccessCodeHash).orElseGet(() -> codes.hash(key, "-"));
        boolean matches = codes.matches(key, code, storedHash);
        if (found.isPresent() && matches) {
            return new Authorisation(CaseAccess.Outcome.GRANTED, found.get());
        }
        throttle.recordFailure(key, clientKey);
        return new Authorisation(CaseAccess.Outcome.DENIED, null);
    }

    private static String normaliseNumber(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        return n.length() > 40 ? n.substring(0, 40) : n;
    }

    // ---- staff

    @Transactional(readOnly = true)
    public Page<CaseSummary> queue(CaseStatus status, Pageable pageable) {
        return cases.findByStatus(status, pageable).map(CaseSummary::of);
    }

    @Transactional(readOnly = true)
    public CaseView get(String number) {
        return CaseView.of(find(number));
    }

    /**
     * Moves a case on. A decline needs its reason; the step is refused when the process does not have it
     * ({@link IllegalTransitionException}) or when someone else changed the case since it was shown.
     */
    public CaseView transition(String number, CaseStatus target, String note, Long version) {
        return transition(number, target, note, null, version);
    }

    /** As above; the SCHEDULED step needs the examination's date, today or later. */
    public CaseView transition(String number, CaseStatus target, String note, LocalDate scheduledFor, Long version) {
        HealthCheckCase c = find(number);
        StaleVersionException.check(AUDIT_TYPE, number, version, c.getVersion());
        Checks checks = new Checks().maxLength("note", note, 2000);
        if (target == CaseStatus.DECLINED) {
            checks.require("note", note);
        }
        if (target == CaseStatus.SCHEDULED && CaseTransitions.allowed(c.getStatus(), target)) {
            if (scheduledFor == null) {
                checks.add("scheduledFor", "required");
            } else if (scheduledFor.isBefore(LocalDate.ofInstant(clock.instant(), MUSEUM_ZONE))) {
                checks.add("scheduledFor", "date-past");
            }
        }
        if (CaseTransitions.allowed(c.getStatus(), target)) {
            requirements.check(c, target, checks);
        }
        checks.throwIfAny();
        CaseAuditView before = CaseAuditView.of(c);
        // the timeline and the requester's email say when
        String stepNote = target == CaseStatus.SCHEDULED
                ? scheduledFor + (note == null || note.isBlank() ? "" : " " + note.strip()) : note;
        c.moveTo(target, actor.name(), clock.instant(), stepNote);
        if (target == CaseStatus.SCHEDULED) {
            c.scheduleFor(scheduledFor);
        }
        cases.saveAndFlush(c);
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, before, CaseAuditView.of(c));
        events.publishEvent(new CaseEvents.StatusChanged(number, target, blankToNull(stepNote)));
        return CaseView.of(c);
    }

    public CaseView postMuseumMessage(String number, String body) {
        HealthCheckCase c = find(number);
        checkMessage(body);
        CaseAuditView before = CaseAuditView.of(c);
        c.addMessage(MessageAuthor.MUSEUM, actor.name(), body, clock.instant());
        cases.saveAndFlush(c);
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, before, CaseAuditView.of(c));
        events.publishEvent(new CaseEvents.MuseumMessage(number, body.strip()));
        return CaseView.of(c);
    }

    /** Where a request photo's file lies, for staff to view it; unknown ids of this case are not found. */
    @Transactional(readOnly = true)
    public PhotoFile photo(String number, long photoId) {
        return find(number).getPhotos().stream().filter(p -> p.getId() == photoId).findFirst()
                .map(p -> new PhotoFile(store.path(p.getStorageKey()), p.getMediaType()))
                .orElseThrow(() -> new RecordNotFoundException("health-check-photo", photoId));
    }

    // ---- quotes

    /** Computes a draft quote from the fee schedule (replacing an unsent draft); staff may edit it before sending. */
    public CaseView draftQuote(String number, boolean urgent, Long version) {
        HealthCheckCase c = find(number);
        StaleVersionException.check(AUDIT_TYPE, number, version, c.getVersion());
        CaseAuditView before = CaseAuditView.of(c);
        c.draftQuote(urgent, calculator.lines(c.getObjectCount(), c.getServices(), c.isOnSite(),
                c.getRequesterType(), urgent), clock.instant());
        cases.saveAndFlush(c);
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, before, CaseAuditView.of(c));
        return CaseView.of(c);
    }

    /** Replaces the lines of the draft quote with staff's edited ones. */
    public CaseView editQuote(String number, List<QuoteLineData> lines, Long version) {
        HealthCheckCase c = find(number);
        StaleVersionException.check(AUDIT_TYPE, number, version, c.getVersion());
        checkLines(lines);
        CaseAuditView before = CaseAuditView.of(c);
        c.editDraftQuote(lines, clock.instant());
        cases.saveAndFlush(c);
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, before, CaseAuditView.of(c));
        return CaseView.of(c);
    }

    /** The requester's answer to the quote sent: yes moves the case to QUOTE_ACCEPTED, no back to ACCEPTED. */
    public CaseAccess answerQuote(String number, String code, String clientKey, boolean accept, String reason) {
        Authorisation a = authorise(number, code, clientKey);
        if (!a.granted()) {
            return new CaseAccess(a.outcome(), null);
        }
        HealthCheckCase c = a.found();
        new Checks().maxLength("reason", reason, 2000).throwIfAny();
        CaseStatus target = accept ? CaseStatus.QUOTE_ACCEPTED : CaseStatus.ACCEPTED;
        CaseAuditView before = CaseAuditView.of(c);
        c.moveTo(target, REQUESTER_ACTOR, clock.instant(), reason);
        cases.saveAndFlush(c);
        audit.record(AUDIT_TYPE, c.getCaseNumber(), AuditAction.UPDATE, before, CaseAuditView.of(c));
        events.publishEvent(new CaseEvents.StatusChanged(c.getCaseNumber(), target, blankToNull(reason)));
        return CaseAccess.granted(RequesterCaseView.of(c));
    }

    /** The requester withdraws the request; possible until the examination, like the museum's cancellation. */
    public CaseAccess cancelByRequester(String number, String code, String clientKey, String reason) {
        Authorisation a = authorise(number, code, clientKey);
        if (!a.granted()) {
            return new CaseAccess(a.outcome(), null);
        }
        HealthCheckCase c = a.found();
        new Checks().maxLength("reason", reason, 2000).throwIfAny();
        CaseAuditView before = CaseAuditView.of(c);
        c.moveTo(CaseStatus.CANCELLED, REQUESTER_ACTOR, clock.instant(), reason);
        cases.saveAndFlush(c);
        audit.record(AUDIT_TYPE, c.getCaseNumber(), AuditAction.UPDATE, before, CaseAuditView.of(c));
        events.publishEvent(new CaseEvents.StatusChanged(c.getCaseNumber(), CaseStatus.CANCELLED, blankToNull(reason)));
        return CaseAccess.granted(RequesterCaseView.of(c));
    }

    private static void checkLines(List<QuoteLineData> lines) {
        Checks checks = new Checks();
        if (lines == null || lines.isEmpty()) {
            checks.add("lines", "required");
            checks.throwIfAny();
        }
        for (int i = 0; i < lines.size(); i++) {
            QuoteLineData l = lines.get(i);
            String field = "lines[" + i + "]";
            if (l.kind() == null) {
                checks.add(field + ".kind", "required");
            } else if (l.kind() == QuoteLineKind.SERVICE && l.service() == null) {
                checks.add(field + ".service", "required");
            } else if (l.kind() == QuoteLineKind.DISCOUNT ? l.unitAmount() > 0 : l.unitAmount() < 0) {
                checks.add(field + ".unitAmount", l.kind() == QuoteLineKind.DISCOUNT ? "positive-discount" : "negative");
            }
            if (l.quantity() < 1 || l.quantity() > 10_000) {
                checks.add(field + ".quantity", "out-of-range", 1, 10_000);
            }
            if (Math.abs(l.unitAmount()) > 100_000_000L) {
                checks.add(field + ".unitAmount", "out-of-range", -100_000_000, 100_000_000);
            }
            checks.maxLength(field + ".text", l.text(), 300);
        }
        if (!checks.hasProblems() && QuoteCalculator.total(lines) < 0) {
            checks.add("lines", "negative-total");
        }
        checks.throwIfAny();
    }

    HealthCheckCase find(String number) {
        return cases.findByCaseNumber(normaliseNumber(number))
                .orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, number));
    }

    // ---- checks

    private void checkMessage(String body) {
        new Checks().require("body", body).maxLength("body", body, 4000).throwIfAny();
    }

    private void check(CaseRequest r) {
        Checks checks = new Checks()
                .require("name", r.name()).maxLength("name", r.name(), 200)
                .maxLength("organisation", r.organisation(), 300)
                .require("email", r.email()).maxLength("email", r.email(), 320)
                .maxLength("phone", r.phone(), 50)
                .maxLength("address", r.address(), 500)
                .require("objectDescription", r.objectDescription())
                .maxLength("objectDescription", r.objectDescription(), 4000)
                .maxLength("materials", r.materials(), 1000)
                .maxLength("approximateAge", r.approximateAge(), 200)
                .maxLength("size", r.size(), 500)
                .maxLength("siteAddress", r.siteAddress(), 500)
                .maxLength("submissionToken", r.submissionToken(), 64);
        if (r.requesterType() == null) {
            checks.add("requesterType", "required");
        }
        if (r.email() != null && !r.email().isBlank() && !EMAIL.matcher(r.email().strip()).matches()) {
            checks.add("email", "email-format");
        }
        if (!r.consent()) {
            checks.add("consent", "consent-required");
        }
        if (r.consentVersion() == null || r.consentVersion().isBlank()) {
            checks.add("consentVersion", "required");
        }
        if (r.objectCount() == null) {
            checks.add("objectCount", "required");
        } else if (r.objectCount() < 1 || r.objectCount() > 500) {
            checks.add("objectCount", "out-of-range", 1, 500);
        }
        if (r.services().isEmpty()) {
            checks.add("services", "required");
        }
        if (r.onSite() && (r.siteAddress() == null || r.siteAddress().isBlank())) {
            checks.add("siteAddress", "required");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), MUSEUM_ZONE);
        if (r.preferredFrom() != null && r.preferredFrom().isBefore(today)) {
            checks.add("preferredFrom", "date-past");
        }
        if (r.preferredFrom() != null && r.preferredTo() != null && r.preferredTo().isBefore(r.preferredFrom())) {
            checks.add("preferredTo", "date-order");
        }
        checks.throwIfAny();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
