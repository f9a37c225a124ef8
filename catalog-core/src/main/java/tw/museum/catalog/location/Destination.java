package tw.museum.catalog.location;

/**
 * Where a move takes its objects: a location of the authority (by id or by code), a place outside the
 * museum described in words, or {@link #home()} ({@code toHome}): each object back to its normal location (or, lacking
 * one, to the location it last left).
 */
public record Destination(Long locationId, String locationCode, String offSite, boolean toHome) {

    public static Destination at(long locationId) {
        return new Destination(locationId, null, null, false);
    }

    public static Destination atCode(String code) {
        return new Destination(null, code, null, false);
    }

    public static Destination offSite(String description) {
        return new Destination(null, null, description, false);
    }

    public static Destination home() {
        return new Destination(null, null, null, true);
    }
}
