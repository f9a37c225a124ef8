package tw.museum.site.opendata;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import tw.museum.site.security.SecurityHeaders;

/**
 * The open data endpoints are public and read-only, and harvesters may send OAI-PMH requests as form
 * POSTs: no session, no sign-in, no CSRF token (nothing they do changes anything). Everything else
 * stays with the museum's own filter chains.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain openDataFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/oai", "/opendata/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/oai", "/opendata/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/oai").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(h -> SecurityHeaders.apply(h, SecurityHeaders.DATA_POLICY));
        return http.build();
    }
}
