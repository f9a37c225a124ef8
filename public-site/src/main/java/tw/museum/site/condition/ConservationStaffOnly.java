package tw.museum.site.condition;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Recording condition checks of the museum's artifacts: conservators, curators and administrators. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('CONSERVATOR', 'CURATOR', 'ADMINISTRATOR')")
public @interface ConservationStaffOnly {
}
