package tw.museum.catalog.healthcheck;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
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
import java.util.List;

/** The invoice of a case and the payments against it. */
@Entity
@Table(name = "health_check_invoice")
class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_check_invoice_seq")
    @SequenceGenerator(name = "health_check_invoice_seq", sequenceName = "health_check_invoice_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long caseId;
    private String invoiceNumber;
    private long amount;
    private LocalDate issuedOn;
    private LocalDate dueOn;
    private String issuedBy;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("paidOn, id")
    private List<Payment> payments = new ArrayList<>();

    protected Invoice() {
    }

    Invoice(long caseId, String invoiceNumber, long amount, LocalDate issuedOn, LocalDate dueOn, String issuedBy) {
        this.caseId = caseId;
        this.invoiceNumber = invoiceNumber;
        this.amount = amount;
        this.issuedOn = issuedOn;
        this.dueOn = dueOn;
        this.issuedBy = issuedBy;
    }

    void change(long newAmount, LocalDate newDueOn) {
        this.amount = newAmount;
        this.dueOn = newDueOn;
    }

    void pay(PaymentData data, Instant now, String actor) {
        payments.add(new Payment(this, data, now, actor));
    }

    long paid() {
        return payments.stream().mapToLong(Payment::getAmount).sum();
    }

    long outstanding() {
        return amount - paid();
    }

    long getVersion() {
        return version;
    }

    long getAmount() {
        return amount;
    }

    Long getCaseId() {
        return caseId;
    }

    InvoiceView view(String caseNumber, LocalDate today) {
        return new InvoiceView(caseNumber, invoiceNumber, amount, paid(), outstanding(), issuedOn, dueOn,
                dueOn != null && outstanding() > 0 && dueOn.isBefore(today),
                payments.stream().map(Payment::view).toList(), version);
    }
}
