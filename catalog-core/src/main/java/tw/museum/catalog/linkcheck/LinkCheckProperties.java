package tw.museum.catalog.linkcheck;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The broken-link check: how often it runs (whichever node finds it due), how long one link may take,
 * how many links are checked at once, and how long a node may hold the job before another may take it over.
 * {@code allowedNetworks} (CIDR, e.g. {@code 10.20.0.0/16}) lists the private networks whose addresses the
 * checker may reach, such as the museum's intranet; every other loopback, private, link-local or otherwise
 * non-public address is refused (see {@link LinkTargets}).
 */
@ConfigurationProperties("museum.link-check")
public record LinkCheckProperties(@DefaultValue("24h") Duration interval, @DefaultValue("10s") Duration timeout,
                                  @DefaultValue("8") int concurrency, @DefaultValue("2h") Duration lease,
                                  @DefaultValue({}) List<String> allowedNetworks) {

    public LinkCheckProperties {
        concurrency = Math.max(1, Math.min(concurrency, 64));
        allowedNetworks = allowedNetworks == null ? List.of() : List.copyOf(allowedNetworks);
    }
}
