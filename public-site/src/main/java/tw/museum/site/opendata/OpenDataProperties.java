package tw.museum.site.opendata;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open data settings. {@code baseUrl} is the museum's public address, used in every exported link
 * (exports are also written on a schedule, when there is no request to take it from).
 * {@code repositoryIdentifier} is the OAI-PMH namespace of identifiers ({@code oai:<it>:<object number>}).
 */
@ConfigurationProperties("museum.opendata")
public record OpenDataProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("museum.local") String repositoryIdentifier,
        @DefaultValue("opendata@museum.local") String adminEmail,
        @DefaultValue("100") int pageSize,
        @DefaultValue("24h") Duration tokenLifetime,
        @DefaultValue("OGDL_TW") DatasetLicence licence,
        @DefaultValue("500") int exportBatchSize) {

    public String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
