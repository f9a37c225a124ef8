package tw.museum.catalog.artifact;

/**
 * Fields that never leave the staff side: not in public pages, public API answers or exports. An object's
 * insurance value is not here: it is a valuation ({@code catalog.valuation}), restricted further to
 * registrars and managers.
 */
public record RestrictedData(String storageLocation, String internalNotes) {

    public static RestrictedData empty() {
        return new RestrictedData(null, null);
    }
}
