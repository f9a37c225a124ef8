package tw.museum.site.health;

import org.springframework.boot.health.contributor.Status;

/**
 * The museum's own health status. DEGRADED: an optional part (documents, mail) cannot do its work, the
 * rest of the site can. {@code management.endpoint.health.status.order} ranks it below UP, so the
 * aggregate stays UP (HTTP 200) while the part shows what is wrong.
 */
public final class HealthStatuses {

    public static final Status DEGRADED = new Status("DEGRADED");

    private HealthStatuses() {
    }
}
