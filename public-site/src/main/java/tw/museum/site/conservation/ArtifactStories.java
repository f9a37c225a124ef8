package tw.museum.site.conservation;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.museum.catalog.conservation.TreatmentStoryService;
import tw.museum.catalog.conservation.TreatmentStoryView;

/** An artifact's treatment stories for its staff page: {@code ${@artifactStories.of(number)}}. */
@Component("artifactStories")
public class ArtifactStories {

    private final TreatmentStoryService stories;

    public ArtifactStories(TreatmentStoryService stories) {
        this.stories = stories;
    }

    public List<TreatmentStoryView> of(String objectNumber) {
        return stories.forArtifact(objectNumber);
    }
}
