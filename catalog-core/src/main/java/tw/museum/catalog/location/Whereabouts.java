package tw.museum.catalog.location;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * Where an object is or was: a location of the authority inside the museum, or a place outside it
 * described in words (a borrower and its venue), or neither: not recorded.
 */
public record Whereabouts(LocationRef location, String offSite) {

    public static final Whereabouts UNRECORDED = new Whereabouts(null, null);

    @JsonIgnore
    public boolean isRecorded() {
        return location != null || offSite != null;
    }

    @JsonIgnore
    public boolean isOffSite() {
        return location == null && offSite != null;
    }

    boolean sameAs(Long locationId, String otherOffSite) {
        return Objects.equals(location == null ? null : location.id(), locationId) && Objects.equals(offSite, otherOffSite);
    }
}
