package tw.museum.iiif.presentation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code museum.iiif.presentation.*}.
 *
 * @param publicSiteUrl      base of the public object pages ({@code /objects/...}) that manifests link to as
 *                           their homepage; empty = the same base as the IIIF URLs (the server runs in museum.jar)
 * @param collectionPageSize manifests per Collection document; larger classifications are split into pages,
 *                           never more than {@link #MAX_PAGE_SIZE} per response
 */
@ConfigurationProperties("museum.iiif.presentation")
public record PresentationProperties(@DefaultValue("") String publicSiteUrl,
                                     @DefaultValue("1000") int collectionPageSize) {

    public static final int MAX_PAGE_SIZE = 1000;

    public PresentationProperties {
        collectionPageSize = Math.max(1, Math.min(collectionPageSize, MAX_PAGE_SIZE));
    }
}
