package tw.museum.iiif;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The image server on its own, so image serving can scale out separately from museum.jar. Pointed at the
 * museum's database and media folder ({@code spring.datasource.*}, {@code museum.media.store-dir}) it
 * serves the catalogue's images with the same access rules; with
 * {@code --museum.iiif.source-folder.enabled=true --museum.iiif.source-folder.root=/data/images} it
 * serves a plain folder instead. It holds the catalogue's persistence but none of the web application.
 */
@SpringBootApplication(scanBasePackages = {"tw.museum.iiif", "tw.museum.catalog"})
@AutoConfigurationPackage(basePackages = "tw.museum.catalog")
public class IiifServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(IiifServerApplication.class, args);
    }
}
