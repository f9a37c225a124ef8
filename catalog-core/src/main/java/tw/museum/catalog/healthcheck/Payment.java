package tw.museum.catalog.healthcheck;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "health_check_payment")
class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_check_payment_seq")
    @SequenceGenerator(name = "health_check_payment_seq", sequenceName = "health_check_payment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    private long amount;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    private String reference;
    private LocalDate paidOn;
    private Instant recordedAt;
    private String recordedBy;

    protected Payment() {
    }

    Payment(Invoice invoice, PaymentData data, Instant now, String actor) {
        this.invoice = invoice;
        this.amount = data.amount();
        this.method = data.method();
        this.reference = data.reference() == null || data.reference().isBlank() ? null : data.reference().strip();
        this.paidOn = data.paidOn();
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    long getAmount() {
        return amount;
    }

    LocalDate getPaidOn() {
        return paidOn;
    }

    PaymentView view() {
        return new PaymentView(amount, method, reference, paidOn, recordedBy);
    }
}
