package tw.museum.importer;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The catalogue's persistence and services, without any web application, for the import tool. */
@SpringBootApplication(scanBasePackages = {"tw.museum.importer", "tw.museum.catalog"})
@AutoConfigurationPackage(basePackages = "tw.museum.catalog")
public class ImportApplication {
}
