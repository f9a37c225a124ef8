package tw.museum.site.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import tw.museum.site.document.CjkFont;

/** Documents (reports, invoices, dossiers) need the CJK font: down, with the reason, when it is missing. */
@Component("documentFontHealthIndicator")
public class DocumentFontHealthIndicator implements HealthIndicator {

    private final CjkFont font;

    public DocumentFontHealthIndicator(CjkFont font) {
        this.font = font;
    }

    @Override
    public Health health() {
        String problem = font.problem();
        return problem == null ? Health.up().withDetail("font", font.path().toString()).build()
                : Health.down().withDetail("error", problem).build();
    }
}
