package tw.museum.site.usage;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.museum.catalog.usage.UsageEntry;
import tw.museum.catalog.usage.UsageHistoryService;

/** An artifact's usage history for its staff page: {@code ${@artifactUsage.of(number)}}. */
@Component("artifactUsage")
public class ArtifactUsage {

    private final UsageHistoryService usage;

    public ArtifactUsage(UsageHistoryService usage) {
        this.usage = usage;
    }

    public List<UsageEntry> of(String objectNumber) {
        return usage.forArtifact(objectNumber);
    }
}
