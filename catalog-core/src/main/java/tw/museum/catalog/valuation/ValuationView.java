package tw.museum.catalog.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import tw.museum.catalog.common.Decimals;

/** One valuation as registrars and managers see it. Restricted: never on a public surface. */
public record ValuationView(long id, String objectNumber, BigDecimal amount, String currency, LocalDate valuedOn,
                            String valuer, ValuationPurpose purpose, String reference, String notes,
                            Instant recordedAt, String recordedBy, Instant updatedAt, String updatedBy,
                            long version) {

    static ValuationView of(Valuation v) {
        return new ValuationView(v.getId(), v.getArtifact().getObjectNumber(), v.getAmount(), v.getCurrency(),
                v.getValuedOn(), v.getValuer(), v.getPurpose(), v.getReference(), v.getNotes(), v.getRecordedAt(),
                v.getRecordedBy(), v.getUpdatedAt(), v.getUpdatedBy(), v.getVersion());
    }

    /** The amount as it is written in documents: no trailing zeros, never exponent notation. */
    public String amountText() {
        return Decimals.canonical(amount).toPlainString();
    }
}
