package tw.museum.catalog.healthcheck;

import java.time.LocalDate;
import java.util.List;

/** An invoice with what was paid and what is still owed (whole NT$). */
public record InvoiceView(String caseNumber, String invoiceNumber, long amount, long paid, long outstanding,
                          LocalDate issuedOn, LocalDate dueOn, boolean overdue, List<PaymentView> payments,
                          long version) {
}
