package tw.museum.catalog.loan;

import java.math.BigDecimal;

/**
 * The registrar's decision on one requested object: approval with its insurance value (restricted data),
 * or refusal with a reason.
 */
public record ObjectReview(String objectNumber, ObjectDecision decision, RefusalReason reason, String note,
                           BigDecimal insuranceValue, String insuranceCurrency) {
}
