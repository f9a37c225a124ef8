package tw.museum;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;

/**
 * The catalogue with the search module's wiring, as a museum node runs them minus the web layer. It sits in
 * {@code tw.museum} so entity and repository scanning reach the catalogue's packages.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ConfigurationPropertiesScan("tw.museum.catalog")
@ComponentScan({"tw.museum.catalog", "tw.museum.search.catalog"})
public class SearchCatalogTestApplication {
}
