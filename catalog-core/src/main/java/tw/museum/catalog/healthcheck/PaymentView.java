package tw.museum.catalog.healthcheck;

import java.time.LocalDate;

public record PaymentView(long amount, PaymentMethod method, String reference, LocalDate paidOn, String recordedBy) {
}
