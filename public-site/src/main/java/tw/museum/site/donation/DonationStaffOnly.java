package tw.museum.site.donation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Donation offers: curators evaluate, registrars record the committee's decision and accession, administrators
 * oversee. Conservators are left out: offers hold donors' personal data.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('CURATOR', 'REGISTRAR', 'ADMINISTRATOR')")
public @interface DonationStaffOnly {
}
