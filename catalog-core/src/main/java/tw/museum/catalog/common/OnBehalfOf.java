package tw.museum.catalog.common;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * Work a background job does for a staff member who asked for it (a batch edit being applied): the audit
 * trail names that person as the actor and the job as the cause ({@code "batch-edit:BE-2026-0001"}), the way
 * mail topics name what a mail is about. It grants no roles: who may ask was checked when they asked.
 */
public final class OnBehalfOf extends AbstractAuthenticationToken {

    private final String user;
    private final String cause;

    public OnBehalfOf(String user, String cause) {
        super(List.of());
        this.user = user;
        this.cause = cause;
        setAuthenticated(true);
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    public String cause() {
        return cause;
    }
}
