package tw.museum.app;

import java.nio.file.Path;
import java.time.Instant;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tw.museum.iiif.source.AccessDecision;
import tw.museum.iiif.source.ImageSourceResolver;
import tw.museum.iiif.source.ResolvedSource;
import tw.museum.iiif.support.TestImageStore;

/**
 * Stands in for museum.jar: an application in package tw.museum that component-scans tw.museum.* and supplies
 * its own resolver (as the catalog will), mapping opaque media ids to files and publication states.
 */
@SpringBootApplication(scanBasePackages = "tw.museum")
public class CatalogLikeApplication {

    @Bean
    @Primary // over the catalogue's own resolver, which this module now also holds
    ImageSourceResolver catalogResolver() {
        Path store = TestImageStore.root();
        return id -> switch (id.value()) {
            case "m-12" -> new ResolvedSource(id, store.resolve("photo.jpg"), "image/jpeg", 1200, 800,
                    AccessDecision.OPEN, Instant.parse("2026-03-01T00:00:00Z"));
            case "m-13" -> new ResolvedSource(id, store.resolve("photo.jpg"), "image/jpeg", 1200, 800,
                    AccessDecision.DENIED, Instant.parse("2026-03-01T00:00:00Z"));
            case "m-14" -> new ResolvedSource(id, store.resolve("photo.jpg"), "image/jpeg", 1200, 800,
                    new AccessDecision.Restricted(300, 300), Instant.parse("2026-03-01T00:00:00Z"));
            default -> ResolvedSource.notFound(id);
        };
    }
}
