package tw.museum.iiif.discovery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code museum.iiif.discovery.*}.
 *
 * @param pageSize activities per OrderedCollectionPage (at most 1,000); pages are fixed slices from the
 *                 oldest activity, so every page but the last never changes and can be cached
 */
@ConfigurationProperties("museum.iiif.discovery")
public record DiscoveryProperties(@DefaultValue("500") int pageSize) {

    public DiscoveryProperties {
        pageSize = Math.max(1, Math.min(pageSize, 1000));
    }
}
