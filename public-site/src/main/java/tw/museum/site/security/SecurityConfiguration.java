package tw.museum.site.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tw.museum.catalog.user.LoginThrottle;
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
    SecurityFilterChain apiSecurity(HttpSecurity http, MessageSource messages) throws Exception {
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
                // no session cookie, so no CSRF token; cached Basic credentials are guarded instead
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new CrossSiteApiWriteFilter(messages), BasicAuthenticationFilter.class)
                .headers(h -> SecurityHeaders.apply(h, SecurityHeaders.DATA_POLICY));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/staff/login").permitAll()
                        .requestMatchers("/staff/**").hasAnyRole(ALL_STAFF)
                        .anyRequest().permitAll())
                // after sign-in only a page of this site is returned to (the saved request), never a URL from a parameter
                .formLogin(form -> form.loginPage("/staff/login").defaultSuccessUrl("/staff", false)
                        .failureHandler(SecurityConfiguration::signInFailed).permitAll())
                // a new session id at sign-in (session fixation), and one session cookie per browser
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                // Scripts may fetch media files with Basic credentials too; forms still need their CSRF token.
                .httpBasic(basic -> basic.realmName("museum"))
                // ...but a workspace page always sends a signed-out visitor to the sign-in form.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/staff/login"),
                        PathPatternRequestMatcher.withDefaults().matcher("/staff/**")))
                .logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl("/"))
                .headers(h -> SecurityHeaders.apply(h, "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                        + "object-src 'none'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'"));
        return http.build();
    }

    /** Staff sign-in through the database-held throttle (form and HTTP Basic alike). */
    @Bean
    AuthenticationProvider staffAuthentication(StaffUserDetailsService users, PasswordEncoder passwords,
                                               LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwords);
        return new ThrottledAuthenticationProvider(dao, throttle);
    }

    /** A throttled sign-in says so (and for how long); any other failure says only that it failed. */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException failure) throws IOException {
        response.sendRedirect(request.getContextPath() + "/staff/login?"
                + (failure instanceof LoginThrottledException ? "throttled" : "error"));
    }
}
