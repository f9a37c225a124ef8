package tw.museum.iiif.presentation;

import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Wires the Presentation API: its settings, its own message bundle, and object numbers with slashes in URLs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PresentationProperties.class, ProviderProperties.class})
public class PresentationConfiguration {

    public static final String MESSAGES = "iiifMessages";

    /**
     * The bundle i18n/iiif (zh-TW base, _en). Not a default candidate: museum.jar injects its primary
     * MessageSource by type, and a second one must not compete with it; this one is asked for by name.
     */
    @Bean(name = MESSAGES, defaultCandidate = false)
    ResourceBundleMessageSource iiifMessages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/iiif");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    /**
     * Object numbers may hold slashes (CA13/3/23) and travel as %2F inside one path segment. Tomcat refuses
     * %2F by default; decoded, Spring MVC still matches on the raw URI and decodes only inside the path
     * variable. museum.jar configures the same (with its firewall); this covers the standalone server.
     */
    @Bean
    TomcatConnectorCustomizer iiifEncodedSlashInPathSegments() {
        return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.DECODE.getValue());
    }
}
