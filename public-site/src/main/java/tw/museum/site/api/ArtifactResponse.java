package tw.museum.site.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One artifact as the API returns it: the record's own fields at the top level, as before, plus
 * {@code iiif}, the IIIF links a client would otherwise have to guess (absent while not published).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArtifactResponse(@JsonUnwrapped Object artifact, Iiif iiif) {

    /**
     * @param manifest the Presentation 3.0 manifest; absent when the artifact has no image to show
     * @param images   the Image API 3.0 service of each image
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Iiif(String manifest, List<Image> images) {
    }

    public record Image(long mediaId, String service) {
    }
}
