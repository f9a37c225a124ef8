package tw.museum;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The whole museum in one process: public site, staff workspace, API, IIIF and search. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MuseumApplication {

    public static void main(String[] args) {
        SpringApplication.run(MuseumApplication.class, args);
    }
}
