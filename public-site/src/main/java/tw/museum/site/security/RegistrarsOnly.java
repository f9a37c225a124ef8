package tw.museum.site.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Loans: registrars and administrators. Loans carry borrowers' contact details and insurance values,
 * which the other roles do not need. Also movement control: moving objects and managing the location
 * authority (the registrar answers for where every object is).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('REGISTRAR', 'ADMINISTRATOR')")
public @interface RegistrarsOnly {
}
