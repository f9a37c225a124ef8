package tw.museum.iiif;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The image server on its own, over the same image store as museum.jar, so image serving can scale out:
 * {@code java -cp ... tw.museum.iiif.IiifServerApplication --museum.iiif.source-folder.enabled=true
 * --museum.iiif.source-folder.root=/data/images}. Scans only tw.museum.iiif.
 */
@SpringBootApplication
public class IiifServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(IiifServerApplication.class, args);
    }
}
