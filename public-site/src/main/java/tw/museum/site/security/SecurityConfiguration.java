package tw.museum.site.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * URL rules only separate the public from staff; which role may do what is declared on each controller
 * method ({@link CataloguersOnly}, {@link StaffOnly}). URL patterns alone cannot say it: object numbers
 * may hold slashes, which reach the matchers decoded and change how many segments a path has.
 *
 * <p>Two ways in. The API takes HTTP Basic on every request and never reads the session cookie, so a
 * signed-in browser cannot be tricked into API writes (no CSRF exposure). The pages use form login
 * with a session and CSRF tokens on every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    static final String[] ALL_STAFF = {StaffRoles.CURATOR, StaffRoles.REGISTRAR, StaffRoles.CONSERVATOR,
            StaffRoles.ADMINISTRATOR};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        // Anonymous reads are allowed; controllers answer them with public data only.
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        // Health-check requesters have no account: they submit, and prove each later call
                        // with their case's access code (checked and throttled by the service).
                        .requestMatchers(HttpMethod.POST, "/api/v1/health-checks", "/api/v1/health-checks/*/access",
                                "/api/v1/health-checks/*/messages", "/api/v1/health-checks/*/cancel",
                                "/api/v1/health-checks/*/report", "/api/v1/health-checks/*/survey").permitAll()
                        // Borrowing institutions and donors apply without an account, too.
                        .requestMatchers(HttpMethod.POST, "/api/v1/loans", "/api/v1/donations").permitAll()
                        .anyRequest().hasAnyRole(ALL_STAFF))
                .httpBasic(basic -> basic.realmName("museum"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/staff/login").permitAll()
                        .requestMatchers("/staff/**").hasAnyRole(ALL_STAFF)
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/staff/login").defaultSuccessUrl("/staff", false).permitAll())
                // Scripts may fetch media files with Basic credentials too; forms still need their CSRF token.
                .httpBasic(basic -> basic.realmName("museum"))
                // ...but a workspace page always sends a signed-out visitor to the sign-in form.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/staff/login"),
                        PathPatternRequestMatcher.withDefaults().matcher("/staff/**")))
                .logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl("/"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
