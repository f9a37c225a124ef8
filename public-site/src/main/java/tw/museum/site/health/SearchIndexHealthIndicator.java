package tw.museum.site.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.search.api.IndexHealth;
import tw.museum.search.api.SearchIndex;

/** The search index is healthy when it answers; the backlog shows changes not yet indexed. */
@Component("searchIndexHealthIndicator")
public class SearchIndexHealthIndicator implements HealthIndicator {

    private final SearchIndex index;
    private final ChangeFeed feed;

    public SearchIndexHealthIndicator(SearchIndex index, ChangeFeed feed) {
        this.index = index;
        this.feed = feed;
    }

    @Override
    public Health health() {
        IndexHealth health = index.health();
        return (health.available() ? Health.up() : Health.down())
                .withDetail("backend", health.backend())
                .withDetail("documents", health.documents())
                .withDetail("backlog", feed.backlog())
                .build();
    }
}
