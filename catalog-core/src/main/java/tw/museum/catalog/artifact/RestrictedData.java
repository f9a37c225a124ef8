package tw.museum.catalog.artifact;

import java.math.BigDecimal;

/** Fields that never leave the staff side: not in public pages, public API answers or exports. */
public record RestrictedData(String storageLocation, BigDecimal insuranceValue, String insuranceCurrency,
                             String internalNotes) {

    public static RestrictedData empty() {
        return new RestrictedData(null, null, null, null);
    }
}
