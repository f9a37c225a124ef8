package tw.museum.site.healthcheck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Figures of the health-check service (money, satisfaction): for those who manage it, curators and administrators. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('CURATOR', 'ADMINISTRATOR')")
public @interface HealthCheckManagersOnly {
}
