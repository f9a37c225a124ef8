package tw.museum.catalog.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A valuation as someone records or corrects it: how much, in which currency (ISO 4217), on which day, by
 * whom, for what, with a reference (an appraisal report, a loan number) and notes. {@code version} is the
 * version a correction was made on.
 */
public record ValuationData(BigDecimal amount, String currency, LocalDate valuedOn, String valuer,
                            ValuationPurpose purpose, String reference, String notes, Long version) {
}
