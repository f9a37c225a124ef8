package tw.museum.catalog.valuation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.artifact.ArtifactRepository;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;

/**
 * Valuations of objects, the one source of an object's worth: the history of every valuation, and the
 * current insurance value (the newest INSURANCE valuation, by its date, then by when it was recorded)
 * that loans take. Corrections keep their before and after in the audit trail; nothing is deleted.
 */
@Service
@Transactional
public class ValuationService {

    /** Audited under the object number, so an object's valuation history is one trail. */
    public static final String AUDIT_TYPE = "valuation";
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final ValuationRepository valuations;
    private final ArtifactRepository artifacts;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    public ValuationService(ValuationRepository valuations, ArtifactRepository artifacts, AuditLog audit,
                            CurrentActor actor, Clock clock) {
        this.valuations = valuations;
        this.artifacts = artifacts;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** Every valuation of an object, newest first. */
    @Transactional(readOnly = true)
    public List<ValuationView> forArtifact(String objectNumber) {
        return valuations.findByArtifact(artifact(objectNumber).getId()).stream().map(ValuationView::of).toList();
    }

    /** The object's insurance value now: its newest insurance valuation. */
    @Transactional(readOnly = true)
    public Optional<ValuationView> currentInsurance(String objectNumber) {
        return currentInsurance(artifact(objectNumber)).map(ValuationView::of);
    }

    @Transactional(readOnly = true)
    public ValuationView get(long id) {
        return ValuationView.of(find(id));
    }

    /** The loans that were approved with this valuation as an object's insurance value. */
    @Transactional(readOnly = true)
    public List<String> loansUsing(long id) {
        return valuations.loansUsing(find(id).getId());
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> history(String objectNumber) {
        artifact(objectNumber);
        return audit.history(AUDIT_TYPE, objectNumber);
    }

    public ValuationView record(String objectNumber, ValuationData data) {
        Artifact artifact = artifact(objectNumber);
        Checks checks = check(data);
        requireValuer(data, checks);
        checks.throwIfAny();
        Valuation valuation = new Valuation(artifact, clock.instant(), actor.name());
        apply(valuation, data);
        valuations.saveAndFlush(valuation);
        ValuationView view = ValuationView.of(valuation);
        audit.record(AUDIT_TYPE, objectNumber, AuditAction.CREATE, null, view);
        return view;
    }

    /**
     * Corrects a valuation recorded wrongly (a typing slip, the wrong date). The amount, currency and purpose
     * of a valuation a loan was approved with are that loan's agreed insurance value and stay as they are: a
     * new value is a new valuation.
     */
    public ValuationView correct(long id, ValuationData data) {
        Valuation valuation = find(id);
        String objectNumber = valuation.getArtifact().getObjectNumber();
        StaleVersionException.check(AUDIT_TYPE, objectNumber + "#" + id, data.version(), valuation.getVersion());
        Checks checks = check(data);
        if (!checks.hasProblems()) {
            List<String> loans = valuations.loansUsing(id);
            boolean valueChanged = !valuation.sameValue(data.amount(), currency(data.currency()))
                    || valuation.getPurpose() != data.purpose();
            if (!loans.isEmpty() && valueChanged) {
                checks.add("amount", "valuation-in-loan", String.join(", ", loans));
            }
        }
        if (valuation.getValuer() != null) {
            requireValuer(data, checks); // a migrated valuation without a valuer may stay without one
        }
        checks.throwIfAny();
        ValuationView before = ValuationView.of(valuation);
        apply(valuation, data);
        valuations.saveAndFlush(valuation);
        ValuationView after = ValuationView.of(valuation);
        audit.record(AUDIT_TYPE, objectNumber, AuditAction.UPDATE, before, after);
        return after;
    }

    /**
     * The insurance valuation a loan is approved with. No amount: the object's current insurance valuation
     * (empty if it has none). The current one's amount and currency: that valuation. Anything else: a new
     * insurance valuation, valued today by the registrar reviewing the loan, referring to the loan. Runs in
     * the review's transaction, so a refused review records nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Valuation> insuranceForLoan(Artifact artifact, BigDecimal amount, String currency, String loanNumber) {
        Optional<Valuation> current = currentInsurance(artifact);
        if (amount == null) {
            return current;
        }
        String normalized = currency(currency);
        if (current.isPresent() && current.get().sameValue(amount, normalized)) {
            return current;
        }
        Valuation valuation = new Valuation(artifact, clock.instant(), actor.name());
        valuation.apply(amount, normalized, LocalDate.ofInstant(clock.instant(), MUSEUM_ZONE), actor.name(),
                ValuationPurpose.INSURANCE, loanNumber, null, clock.instant(), actor.name());
        valuations.saveAndFlush(valuation);
        audit.record(AUDIT_TYPE, artifact.getObjectNumber(), AuditAction.CREATE, null, ValuationView.of(valuation));
        return Optional.of(valuation);
    }

    /** The newest insurance valuation of an artifact entity (for other catalogue services). */
    @Transactional(readOnly = true)
    public Optional<Valuation> currentInsurance(Artifact artifact) {
        return valuations.findByArtifactAndPurpose(artifact.getId(), ValuationPurpose.INSURANCE).stream().findFirst();
    }

    private Checks check(ValuationData d) {
        Checks checks = new Checks()
                .maxLength("valuer", d.valuer(), 200)
                .maxLength("reference", d.reference(), 200)
                .maxLength("notes", d.notes(), 4000);
        if (d.amount() == null) {
            checks.add("amount", "required");
        } else if (d.amount().signum() < 0) {
            checks.add("amount", "negative");
        } else if (d.amount().compareTo(MAX_AMOUNT) >= 0) {
            checks.add("amount", "out-of-range", 0, MAX_AMOUNT.toPlainString());
        } else if (d.amount().stripTrailingZeros().scale() > 2) {
            // the amount is kept in cents: refusing is better than rounding what the valuer wrote
            checks.add("amount", "too-many-decimals", 2);
        }
        if (d.currency() == null || !CURRENCY.matcher(currency(d.currency())).matches()) {
            checks.add("currency", "currency-format");
        }
        if (d.valuedOn() == null) {
            checks.add("valuedOn", "required");
        } else if (d.valuedOn().isAfter(LocalDate.ofInstant(clock.instant(), MUSEUM_ZONE))) {
            checks.add("valuedOn", "date-future");
        }
        if (d.purpose() == null) {
            checks.add("purpose", "required");
        }
        return checks;
    }

    private static void requireValuer(ValuationData d, Checks checks) {
        checks.require("valuer", d.valuer());
    }

    private void apply(Valuation valuation, ValuationData d) {
        valuation.apply(d.amount(), currency(d.currency()), d.valuedOn(), blankToNull(d.valuer()), d.purpose(),
                blankToNull(d.reference()), blankToNull(d.notes()), clock.instant(), actor.name());
    }

    private Valuation find(long id) {
        return valuations.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
    }

    private Artifact artifact(String objectNumber) {
        return artifacts.findByObjectNumber(objectNumber == null ? "" : objectNumber)
                .orElseThrow(() -> new RecordNotFoundException("artifact", objectNumber));
    }

    private static String currency(String c) {
        return c == null ? null : c.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
