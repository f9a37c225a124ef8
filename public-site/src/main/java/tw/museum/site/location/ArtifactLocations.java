package tw.museum.site.location;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.location.MovementView;
import tw.museum.catalog.location.ObjectLocation;
import tw.museum.site.staff.FormProblems;

/**
 * An object's whereabouts for the staff artifact page (bean "artifactLocations"): current and home location
 * and the complete movement history, newest first. Staff pages only: nothing public reads this.
 */
@Component("artifactLocations")
public class ArtifactLocations {

    private final MovementService movements;

    public ArtifactLocations(MovementService movements) {
        this.movements = movements;
    }

    public ObjectLocation where(String objectNumber) {
        return movements.whereIs(objectNumber);
    }

    public List<MovementView> history(String objectNumber) {
        return movements.history(objectNumber);
    }

    /** An empty move form for the artifact page. */
    public MoveForm form() {
        return new MoveForm();
    }

    public FormProblems noProblems() {
        return FormProblems.none();
    }

    /** The reasons a person may give (not the system's own MIGRATED). */
    public List<MovementReason> reasons() {
        return MoveForm.REASONS;
    }
}
