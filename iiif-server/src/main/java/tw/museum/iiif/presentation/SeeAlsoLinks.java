package tw.museum.iiif.presentation;

import java.util.List;
import java.util.Map;
import tw.museum.catalog.artifact.PublicArtifactView;

/**
 * Extension point for a manifest's {@code seeAlso}: machine-readable descriptions of the same object
 * (a LIDO record, once the catalogue exports one). Declare a bean of this type to add them; until then
 * there is none, so manifests never carry a link that leads nowhere.
 */
@FunctionalInterface
public interface SeeAlsoLinks {

    /** Resources with id, type ("Dataset"), format and profile, e.g. {@code http://www.lido-schema.org}. */
    List<Map<String, Object>> of(PublicArtifactView artifact);
}
