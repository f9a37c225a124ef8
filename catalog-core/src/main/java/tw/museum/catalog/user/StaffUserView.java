package tw.museum.catalog.user;

import java.util.Set;

/** A staff account without its password hash. */
public record StaffUserView(long id, String username, String displayName, Set<StaffRole> roles, boolean enabled) {

    public static StaffUserView of(StaffUser u) {
        return new StaffUserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.isEnabled());
    }
}
