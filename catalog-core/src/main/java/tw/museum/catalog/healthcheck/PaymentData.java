package tw.museum.catalog.healthcheck;

import java.time.LocalDate;

/** A payment as staff record it: amount in whole NT$, how, the bank or receipt reference, the day paid. */
public record PaymentData(Long amount, PaymentMethod method, String reference, LocalDate paidOn) {
}
