package tw.museum.catalog;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The catalogue on its own, as the persistence and service tests run it. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CatalogTestApplication {
}
