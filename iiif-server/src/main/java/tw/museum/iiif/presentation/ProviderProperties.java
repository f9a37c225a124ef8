package tw.museum.iiif.presentation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The institution named as {@code provider} of every manifest and collection ({@code museum.iiif.provider.*}).
 *
 * @param id       URI identifying the museum as an agent
 * @param nameZh   name in Traditional Chinese
 * @param nameEn   name in English
 * @param homepage the museum's web site
 */
@ConfigurationProperties("museum.iiif.provider")
public record ProviderProperties(
        @DefaultValue("https://www.nstm.gov.tw/#museum") String id,
        @DefaultValue("國立科學工藝博物館") String nameZh,
        @DefaultValue("National Science and Technology Museum") String nameEn,
        @DefaultValue("https://www.nstm.gov.tw/") String homepage) {
}
