package tw.museum.site.deaccession;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.museum.catalog.deaccession.DeaccessionService;
import tw.museum.catalog.deaccession.DeaccessionSummary;

/** An artifact's deaccessions for the staff artifact page (bean "artifactDeaccessions"): numbers and states only. */
@Component("artifactDeaccessions")
public class ArtifactDeaccessions {

    private final DeaccessionService deaccessions;

    public ArtifactDeaccessions(DeaccessionService deaccessions) {
        this.deaccessions = deaccessions;
    }

    public List<DeaccessionSummary> of(String objectNumber) {
        return deaccessions.forArtifact(objectNumber);
    }
}
