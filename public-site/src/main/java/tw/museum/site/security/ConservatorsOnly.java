package tw.museum.site.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Conservation work: health-check cases and condition checks. Conservators do the work, curators manage it,
 * administrators oversee. Registrars are left out on purpose: health-check cases hold requesters' personal
 * data, which only those who handle the cases need to see.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('CONSERVATOR', 'CURATOR', 'ADMINISTRATOR')")
public @interface ConservatorsOnly {
}
