package tw.museum.catalog.common;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making the current change, for the audit trail: the signed-in staff user, or "system"; and why, when a
 * job makes it on someone's behalf ({@link OnBehalfOf}).
 */
@Component
public class CurrentActor {

    public static final String SYSTEM = "system";

    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    /** The job the current change is part of ("batch-edit:BE-2026-0001"), or null for a change made directly. */
    public String cause() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof OnBehalfOf job ? job.cause() : null;
    }
}
