package tw.museum.catalog.linkcheck;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The broken-link check: how often it runs (whichever node finds it due), how long one link may take,
 * how many links are checked at once, and how long a node may hold the job before another may take it over.
 */
@ConfigurationProperties("museum.link-check")
public record LinkCheckProperties(@DefaultValue("24h") Duration interval, @DefaultValue("10s") Duration timeout,
                                  @DefaultValue("8") int concurrency, @DefaultValue("2h") Duration lease) {

    public LinkCheckProperties {
        concurrency = Math.max(1, Math.min(concurrency, 64));
    }
}
