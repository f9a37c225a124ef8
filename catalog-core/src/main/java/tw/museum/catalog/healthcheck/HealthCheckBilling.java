package tw.museum.catalog.healthcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;

/**
 * Invoices and payments. A case gets one invoice once its quote is accepted (the accepted quote's total,
 * or an amount staff set); payments, partial or whole, are recorded against it and never exceed what is
 * owed. The payment that settles the invoice of a case whose report is issued moves it to PAID.
 * Figures for managers: what is outstanding, and revenue by month of payment.
 */
@Service
@Transactional
public class HealthCheckBilling {

    static final String AUDIT_TYPE = "health-check-invoice";
    private static final Set<CaseStatus> INVOICEABLE = EnumSet.of(CaseStatus.QUOTE_ACCEPTED, CaseStatus.SCHEDULED,
            CaseStatus.EXAMINED, CaseStatus.REPORT_ISSUED, CaseStatus.PAID, CaseStatus.CLOSED);
    private static final long MAX_AMOUNT = 100_000_000L;

    private final CaseFinder cases;
    private final HealthCheckCaseRepository caseRepository;
    private final InvoiceRepository invoices;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HealthCheckBilling(CaseFinder cases, HealthCheckCaseRepository caseRepository, InvoiceRepository invoices,
                       AuditLog audit, CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.caseRepository = caseRepository;
        this.invoices = invoices;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** Issues the case's invoice, or changes its amount and due date while nothing is paid. */
    public InvoiceView invoice(String number, Long amount, LocalDate dueOn, Long version) {
        HealthCheckCase c = cases.find(number);
        if (!INVOICEABLE.contains(c.getStatus())) {
            throw new InvalidRecordException(FieldProblem.of("invoice", "quote-not-accepted"));
        }
        long value = amount != null ? amount : c.latestQuote().filter(q -> q.getStatus() == QuoteStatus.ACCEPTED)
                .map(CaseQuote::getTotal).orElse(0L);
        Checks checks = new Checks();
        if (value < 1 || value > MAX_AMOUNT) {
            checks.add("amount", "out-of-range", 1, MAX_AMOUNT);
        }
        if (dueOn != null && dueOn.isBefore(today())) {
            checks.add("dueOn", "date-past");
        }
        Optional<Invoice> existing = invoices.findByCaseId(c.getId());
        if (existing.isPresent() && existing.get().paid() > 0) {
            checks.add("invoice", "already-paid");
        }
        checks.throwIfAny();
        Invoice invoice;
        if (existing.isPresent()) {
            invoice = existing.get();
            StaleVersionException.check(AUDIT_TYPE, number, version, invoice.getVersion());
            invoice.change(value, dueOn);
        } else {
            invoice = new Invoice(c.getId(), c.getCaseNumber().replaceFirst("^HC-", "INV-"), value, today(), dueOn,
                    actor.name());
        }
        invoices.saveAndFlush(invoice);
        InvoiceView view = invoice.view(c.getCaseNumber(), today());
        audit.record(AUDIT_TYPE, number, existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, null, view);
        return view;
    }

    /** Records a payment; the one that settles the invoice of a REPORT_ISSUED case moves the case to PAID. */
    public InvoiceView pay(String number, PaymentData data, Long version) {
        HealthCheckCase c = cases.find(number);
        Invoice invoice = invoices.findByCaseId(c.getId())
                .orElseThrow(() -> new InvalidRecordException(FieldProblem.of("invoice", "no-invoice")));
        StaleVersionException.check(AUDIT_TYPE, number, version, invoice.getVersion());
        Checks checks = new Checks().maxLength("reference", data.reference(), 200);
        if (data.amount() == null) {
            checks.add("amount", "required");
        } else if (data.amount() < 1) {
            checks.add("amount", "out-of-range", 1, invoice.outstanding());
        } else if (data.amount() > invoice.outstanding()) {
            checks.add("amount", "exceeds-balance", invoice.outstanding());
        }
        if (data.method() == null) {
            checks.add("method", "required");
        }
        if (data.paidOn() == null) {
            checks.add("paidOn", "required");
        } else if (data.paidOn().isAfter(today())) {
            checks.add("paidOn", "in-future");
        }
        checks.throwIfAny();
        invoice.pay(data, clock.instant(), actor.name());
        invoices.saveAndFlush(invoice);
        InvoiceView view = invoice.view(c.getCaseNumber(), today());
        audit.record(AUDIT_TYPE, number, AuditAction.UPDATE, null, view);
        events.publishEvent(new CaseEvents.PaymentRecorded(c.getCaseNumber(), data.amount(), view.outstanding()));
        if (view.outstanding() == 0 && c.getStatus() == CaseStatus.REPORT_ISSUED) {
            settle(c);
        }
        return view;
    }

    private void settle(HealthCheckCase c) {
        CaseAuditView before = CaseAuditView.of(c);
        c.moveTo(CaseStatus.PAID, actor.name(), clock.instant(), null);
        caseRepository.saveAndFlush(c);
        audit.record(HealthCheckService.AUDIT_TYPE, c.getCaseNumber(), AuditAction.UPDATE, before, CaseAuditView.of(c));
        events.publishEvent(new CaseEvents.StatusChanged(c.getCaseNumber(), CaseStatus.PAID, null));
    }

    @Transactional(readOnly = true)
    public Optional<InvoiceView> find(String number) {
        HealthCheckCase c = cases.find(number);
        return invoices.findByCaseId(c.getId()).map(i -> i.view(c.getCaseNumber(), today()));
    }

    /** True when the case has an invoice and nothing is owed on it (the PAID step needs it). */
    @Transactional(readOnly = true)
    public boolean settled(long caseId) {
        return invoices.findByCaseId(caseId).map(i -> i.outstanding() == 0).orElse(false);
    }

    /** Invoices with something still owed, oldest first. */
    @Transactional(readOnly = true)
    public List<InvoiceView> outstanding() {
        Map<Long, String> numbers = new HashMap<>();
        List<InvoiceView> open = new ArrayList<>();
        for (Invoice i : invoices.findAllWithPayments()) {
            if (i.outstanding() > 0) {
                String caseNumber = numbers.computeIfAbsent(i.getCaseId(),
                        id -> caseRepository.findById(id).map(HealthCheckCase::getCaseNumber).orElse("?"));
                open.add(i.view(caseNumber, today()));
            }
        }
        return open;
    }

    /** Payments received in each month of a year (by the day paid), all twelve months. */
    @Transactional(readOnly = true)
    public List<MonthlyRevenue> monthlyRevenue(Year year) {
        long[] totals = new long[12];
        int[] counts = new int[12];
        for (Payment p : invoices.paymentsBetween(year.atDay(1), year.plusYears(1).atDay(1))) {
            int m = p.getPaidOn().getMonthValue() - 1;
            totals[m] += p.getAmount();
            counts[m]++;
        }
        List<MonthlyRevenue> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(new MonthlyRevenue(YearMonth.of(year.getValue(), m + 1), totals[m], counts[m]));
        }
        return months;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), HealthCheckService.MUSEUM_ZONE);
    }
}
