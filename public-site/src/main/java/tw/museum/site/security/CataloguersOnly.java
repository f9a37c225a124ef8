package tw.museum.site.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Changes to catalogue records and authorities: curators, registrars and administrators. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('CURATOR', 'REGISTRAR', 'ADMINISTRATOR')")
public @interface CataloguersOnly {
}
