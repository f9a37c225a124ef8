package tw.museum.site.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Anything only staff may see or do, whatever their role. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('CURATOR', 'REGISTRAR', 'CONSERVATOR', 'ADMINISTRATOR')")
public @interface StaffOnly {
}
