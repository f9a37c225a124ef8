package tw.museum.site.valuation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tw.museum.catalog.valuation.ValuationPurpose;
import tw.museum.catalog.valuation.ValuationService;
import tw.museum.catalog.valuation.ValuationView;
import tw.museum.site.staff.FormProblems;

/**
 * An artifact's valuations for the staff pages (bean "artifactValuations"): the artifact page's section and
 * the current insurance value a loan review starts from. Templates ask only for users who may see them.
 */
@Component("artifactValuations")
public class ArtifactValuations {

    private final ValuationService valuations;

    public ArtifactValuations(ValuationService valuations) {
        this.valuations = valuations;
    }

    public List<ValuationView> of(String objectNumber) {
        return valuations.forArtifact(objectNumber);
    }

    public Optional<ValuationView> currentInsurance(String objectNumber) {
        return valuations.currentInsurance(objectNumber);
    }

    public ValuationPurpose[] purposes() {
        return ValuationPurpose.values();
    }

    /** A blank form for the artifact page (a refused one comes back through the flash instead). */
    public ValuationForm blankForm() {
        return new ValuationForm();
    }

    public FormProblems noProblems() {
        return FormProblems.none();
    }
}
