package tw.museum.site.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import tw.museum.site.document.CjkFont;

/**
 * Documents (reports, invoices, dossiers) need the CJK font. The site works without documents, so a
 * font problem makes this part {@link HealthStatuses#DEGRADED}, never DOWN: the aggregate stays UP and a
 * load balancer keeps the node in service.
 */
@Component("documentFontHealthIndicator")
public class DocumentFontHealthIndicator implements HealthIndicator {

    private final CjkFont font;

    public DocumentFontHealthIndicator(CjkFont font) {
        this.font = font;
    }

    @Override
    public Health health() {
        String problem = font.problem();
        if (problem == null) {
            return Health.up().withDetail("font", font.name()).build();
        }
        return Health.status(HealthStatuses.DEGRADED).withDetail("font", font.name())
                .withDetail("documents", font.usable()).withDetail("error", problem).build();
    }
}
