package tw.museum.search.catalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import tw.museum.search.SearchBackend;
import tw.museum.search.SearchComponents;
import tw.museum.search.SearchConfiguration;
import tw.museum.search.SearchIndexFactory;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.elastic.ElasticHttpCustomizer;
import tw.museum.search.elastic.ElasticSettings;
import tw.museum.search.query.SearchRequestParser;

/** Opens the configured search backend for the application; the rest sees only {@link SearchIndex}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
@EnableScheduling
public class SearchWiring {

    @Bean
    SearchComponents searchComponents(ObjectProvider<java.time.Clock> clock) {
        // The catalogue's clock decides when a scheduled learning unit becomes public; search agrees with it.
        return SearchComponents.create(clock.getIfAvailable(java.time.Clock::systemUTC));
    }

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchProperties properties, SearchComponents components,
                            ObjectProvider<ElasticHttpCustomizer> httpCustomizer) {
        SearchConfiguration configuration = properties.backend() == SearchBackend.ELASTICSEARCH
                ? SearchConfiguration.elasticsearch(new ElasticSettings(properties.elastic().url(),
                        properties.elastic().username(), properties.elastic().password(),
                        properties.elastic().apiKey(), properties.elastic().indexPrefix()))
                : SearchConfiguration.lucene(properties.dir());
        return new SearchIndexFactory(components).open(configuration, httpCustomizer.getIfAvailable());
    }

    @Bean
    SearchRequestParser searchRequestParser() {
        return new SearchRequestParser();
    }
}
