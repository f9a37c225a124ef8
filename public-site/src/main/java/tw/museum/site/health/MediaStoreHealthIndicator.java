package tw.museum.site.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import tw.museum.catalog.media.MediaStore;

/** The media store is healthy when its folder can be written and has room for another upload. */
@Component("mediaStoreHealthIndicator")
public class MediaStoreHealthIndicator implements HealthIndicator {

    private final MediaStore store;

    public MediaStoreHealthIndicator(MediaStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        Path root = store.root();
        try {
            Path probe = Files.createTempFile(root.resolve("tmp"), "health-", ".probe");
            Files.delete(probe);
            long free = Files.getFileStore(root).getUsableSpace();
            Health.Builder health = free > store.maxBytes() ? Health.up() : Health.down();
            return health.withDetail("freeBytes", free).build();
        } catch (IOException | RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
