package tw.museum.site.config;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Object numbers may hold slashes (CA13/3/23). In URLs they travel as one path segment with the slash
 * encoded (%2F), which Tomcat and Spring Security refuse by default. Tomcat is told to decode it in
 * the servlet path (which the firewall inspects, still refusing dot segments and double encoding);
 * Spring MVC matches handlers on the raw request URI and decodes the slash inside the path variable
 * only, so an encoded slash can never change which handler a request reaches. Controllers still check
 * roles themselves rather than trusting URL patterns alone.
 */
@Configuration(proxyBeanMethods = false)
public class ObjectNumberUrlConfiguration {

    @Bean
    TomcatConnectorCustomizer encodedSlashInPathSegments() {
        return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.DECODE.getValue());
    }

    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        return firewall;
    }
}
