package tw.museum.catalog.deaccession;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.artifact.ArtifactRepository;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.IllegalStepException;
import tw.museum.catalog.common.NumberCounters;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.loan.ArtifactLoan;
import tw.museum.catalog.loan.LoanService;
import tw.museum.catalog.loan.LoanStatus;
import tw.museum.catalog.loan.ObjectDecision;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaStore;
import tw.museum.catalog.media.SafeFilename;
import tw.museum.catalog.media.StoredFile;

/**
 * Deaccession and disposal: a proposal for one or more objects, the committee's decision, the disposal
 * carried out, with their documents. The committee's approval makes each object DEACCESSIONED (through
 * {@link ArtifactService#deaccession}): the record stays, leaves every public surface and is reported
 * deleted to harvesters; nothing is ever physically deleted. Numbers: {@code DA-<year>-<0001…>}.
 */
@Service
@Transactional
@EnableConfigurationProperties(DeaccessionProperties.class)
public class DeaccessionService {

    public static final String AUDIT_TYPE = "deaccession";
    static final int MAX_OBJECTS = 100;
    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");
    /** Loans that hold their approved objects: an object promised or out on loan cannot be deaccessioned. */
    private static final Set<LoanStatus> LOAN_HOLDING = EnumSet.of(LoanStatus.APPROVED, LoanStatus.AGREED, LoanStatus.ON_LOAN);
    private static final Set<DeaccessionStatus> OPEN = EnumSet.of(DeaccessionStatus.PROPOSED, DeaccessionStatus.APPROVED);

    private final DeaccessionRepository deaccessions;
    private final ArtifactRepository artifactRecords;
    private final ArtifactService artifacts;
    private final LoanService loans;
    private final NumberCounters counters;
    private final JdbcTemplate jdbc;
    private final MediaStore store;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final DeaccessionProperties properties;

    public DeaccessionService(DeaccessionRepository deaccessions, ArtifactRepository artifactRecords,
                              ArtifactService artifacts, LoanService loans, NumberCounters counters, JdbcTemplate jdbc,
                              MediaStore store, AuditLog audit, CurrentActor actor, Clock clock,
                              DeaccessionProperties properties) {
        this.deaccessions = deaccessions;
        this.artifactRecords = artifactRecords;
        this.artifacts = artifacts;
        this.loans = loans;
        this.counters = counters;
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public DeaccessionView get(String number) {
        return DeaccessionView.of(find(number));
    }

    @Transactional(readOnly = true)
    public Page<DeaccessionSummary> list(DeaccessionStatus status, Pageable pageable) {
        return deaccessions.findByStatus(status, pageable).map(DeaccessionSummary::of);
    }

    /** Every deaccession an object was part of, newest first (staff only). */
    @Transactional(readOnly = true)
    public List<DeaccessionSummary> forArtifact(String objectNumber) {
        return artifactRecords.findByObjectNumber(objectNumber == null ? "" : objectNumber)
                .map(a -> deaccessions.findByArtifact(a.getId()).stream().map(DeaccessionSummary::of).toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> history(String number) {
        return audit.history(AUDIT_TYPE, find(number).getDeaccessionNumber());
    }

    /**
     * Records a proposal. Each object must be in the catalogue, not deaccessioned already and in no other open
     * proposal; the objects' rows are locked first (in id order), so two proposals of the same object made at
     * once on any nodes cannot both pass.
     */
    public DeaccessionView propose(DeaccessionProposal p) {
        Checks checks = new Checks()
                .require("justification", p.justification()).maxLength("justification", p.justification(), 8000)
                .maxLength("proposedRecipient", p.proposedRecipient(), 500);
        if (p.reasons().isEmpty() || p.reasons().stream().anyMatch(java.util.Objects::isNull)) {
            checks.add("reasons", "required");
        }
        checkMethod("proposedMethod", p.proposedMethod(), checks);
        List<Artifact> objects = objects(p.objectNumbers(), checks);
        checks.throwIfAny();
        lock(objects);
        for (int i = 0; i < objects.size(); i++) {
            Artifact a = objects.get(i);
            for (Deaccession other : deaccessions.findByArtifactAndStatusIn(a.getId(), OPEN)) {
                checks.add("objectNumbers[" + i + "]", "deaccession-open", a.getObjectNumber(), other.getDeaccessionNumber());
            }
        }
        checks.throwIfAny();
        int year = clock.instant().atZone(MUSEUM_ZONE).getYear();
        String number = "DA-%d-%04d".formatted(year, counters.next("deaccession:" + year));
        Deaccession d = new Deaccession(number, objects, p, actor.name(), clock.instant());
        deaccessions.saveAndFlush(d);
        DeaccessionView view = DeaccessionView.of(d);
        audit.record(AUDIT_TYPE, number, AuditAction.CREATE, null, view);
        return view;
    }

    /**
     * The committee's decision, recorded by someone other than the proposer. Approval deaccessions every
     * object at once; an object promised or out on loan must come back (or its loan be cancelled) first.
     */
    public DeaccessionView decide(String number, DeaccessionDecision decision, Long version) {
        Deaccession d = find(number);
        StaleVersionException.check(AUDIT_TYPE, d.getDeaccessionNumber(), version, d.getVersion());
        require(d, DeaccessionStatus.PROPOSED);
        Checks checks = new Checks();
        if (decision.outcome() == null) {
            checks.add("outcome", "required");
        }
        checkDate("date", decision.date(), LocalDate.ofInstant(d.getProposedAt(), MUSEUM_ZONE), checks);
        checks.require("minuteReference", decision.minuteReference()).maxLength("minuteReference", decision.minuteReference(), 200)
                .maxLength("note", decision.note(), 4000);
        if (actor.name().equals(d.getProposedBy())) {
            checks.add("outcome", "decision-by-proposer", d.getProposedBy());
        }
        checks.throwIfAny();
        DeaccessionView before = DeaccessionView.of(d);
        if (decision.outcome() == DecisionOutcome.APPROVED) {
            List<Artifact> objects = d.getObjects();
            lock(objects);
            for (int i = 0; i < objects.size(); i++) {
                String objectNumber = objects.get(i).getObjectNumber();
                Optional<ArtifactLoan> loan = loans.history(objectNumber).stream()
                        .filter(l -> l.decision() == ObjectDecision.APPROVED && LOAN_HOLDING.contains(l.status()))
                        .findFirst();
                if (loan.isPresent()) {
                    checks.add("objects[" + i + "]", "on-loan", objectNumber, loan.get().loanNumber());
                }
            }
            checks.throwIfAny();
            objects.forEach(a -> artifacts.deaccession(a.getObjectNumber()));
        }
        d.decide(decision, actor.name(), clock.instant());
        deaccessions.saveAndFlush(d);
        DeaccessionView after = DeaccessionView.of(d);
        audit.record(AUDIT_TYPE, d.getDeaccessionNumber(), AuditAction.UPDATE, before, after);
        return after;
    }

    /** The disposal carried out: after approval, on or after the decision's date, never in the future. */
    public DeaccessionView dispose(String number, Disposal disposal, Long version) {
        Deaccession d = find(number);
        StaleVersionException.check(AUDIT_TYPE, d.getDeaccessionNumber(), version, d.getVersion());
        require(d, DeaccessionStatus.APPROVED);
        Checks checks = new Checks().maxLength("recipient", disposal.recipient(), 500)
                .maxLength("note", disposal.note(), 4000);
        checkMethod("method", disposal.method(), checks);
        if (disposal.method() != null && disposal.method().needsRecipient()) {
            checks.require("recipient", disposal.recipient());
        }
        checkDate("date", disposal.date(), d.getDecisionDate(), checks);
        checks.throwIfAny();
        DeaccessionView before = DeaccessionView.of(d);
        d.dispose(disposal, actor.name(), clock.instant());
        deaccessions.saveAndFlush(d);
        DeaccessionView after = DeaccessionView.of(d);
        audit.record(AUDIT_TYPE, d.getDeaccessionNumber(), AuditAction.UPDATE, before, after);
        return after;
    }

    /** Withdraws a proposal before the committee decides; it stays on record as cancelled. */
    public DeaccessionView cancel(String number, Long version) {
        Deaccession d = find(number);
        StaleVersionException.check(AUDIT_TYPE, d.getDeaccessionNumber(), version, d.getVersion());
        require(d, DeaccessionStatus.PROPOSED);
        DeaccessionView before = DeaccessionView.of(d);
        d.cancel(clock.instant());
        deaccessions.saveAndFlush(d);
        DeaccessionView after = DeaccessionView.of(d);
        audit.record(AUDIT_TYPE, d.getDeaccessionNumber(), AuditAction.UPDATE, before, after);
        return after;
    }

    /** A document of any step (minutes, receipt, certificate of destruction, photo): a PDF or an image. */
    public DeaccessionView attach(String number, String filename, InputStream content, Long version) {
        Deaccession d = find(number);
        StaleVersionException.check(AUDIT_TYPE, d.getDeaccessionNumber(), version, d.getVersion());
        StoredFile file = store.store(content);
        if (file.kind() != MediaKind.IMAGE && !"application/pdf".equals(file.mediaType())) {
            new Checks().add("document", "not-a-document").throwIfAny();
        }
        DeaccessionView before = DeaccessionView.of(d);
        d.attach(file, SafeFilename.of(filename), actor.name(), clock.instant());
        deaccessions.saveAndFlush(d);
        DeaccessionView after = DeaccessionView.of(d);
        audit.record(AUDIT_TYPE, d.getDeaccessionNumber(), AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public DocumentFile document(String number, long documentId) {
        return find(number).getDocuments().stream().filter(f -> f.getId() == documentId).findFirst()
                .map(f -> new DocumentFile(store.path(f.getStorageKey()), f.getMediaType(), f.getFilename()))
                .orElseThrow(() -> new RecordNotFoundException("deaccession-document", documentId));
    }

    private List<Artifact> objects(List<String> numbers, Checks checks) {
        List<Artifact> found = new ArrayList<>();
        if (numbers.isEmpty()) {
            checks.add("objectNumbers", "required");
            return found;
        }
        if (numbers.size() > MAX_OBJECTS) {
            checks.add("objectNumbers", "too-many-objects", MAX_OBJECTS);
            return found;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            String n = numbers.get(i) == null ? "" : numbers.get(i).strip();
            String field = "objectNumbers[" + i + "]";
            if (n.isEmpty()) {
                checks.add(field, "required");
            } else if (!seen.add(n)) {
                checks.add(field, "duplicate", n);
            } else {
                Optional<Artifact> a = artifactRecords.findByObjectNumber(n);
                if (a.isEmpty()) {
                    checks.add(field, "unknown-artifact", n);
                } else if (a.get().getStatus() == ArtifactStatus.DEACCESSIONED) {
                    checks.add(field, "deaccessioned", n);
                } else {
                    found.add(a.get());
                }
            }
        }
        return found;
    }

    private void checkMethod(String field, DisposalMethod method, Checks checks) {
        if (method == null) {
            checks.add(field, "required");
        } else if (method == DisposalMethod.SALE && !properties.allowSale()) {
            checks.add(field, "sale-not-allowed");
        }
    }

    /** A date of a step: given, not in the future, not before the step it follows. */
    private void checkDate(String field, LocalDate date, LocalDate notBefore, Checks checks) {
        if (date == null) {
            checks.add(field, "required");
        } else if (date.isAfter(LocalDate.ofInstant(clock.instant(), MUSEUM_ZONE))) {
            checks.add(field, "date-future");
        } else if (notBefore != null && date.isBefore(notBefore)) {
            checks.add(field, "date-before-step", notBefore);
        }
    }

    /** Row locks on the objects' records, in id order so two callers cannot deadlock. */
    private void lock(List<Artifact> objects) {
        objects.stream().map(Artifact::getId).sorted(Comparator.naturalOrder())
                .forEach(id -> jdbc.queryForList("SELECT id FROM artifact WHERE id = ? FOR UPDATE", id));
    }

    private static void require(Deaccession d, DeaccessionStatus needed) {
        if (d.getStatus() != needed) {
            throw new IllegalStepException("deaccession " + d.getDeaccessionNumber(), d.getStatus(), needed);
        }
    }

    private Deaccession find(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return deaccessions.findByDeaccessionNumber(n).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, number));
    }
}
