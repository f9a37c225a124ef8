package tw.museum.site.security;

import tw.museum.catalog.user.StaffRole;

/** Role names as Spring Security's hasRole expects them (without the ROLE_ prefix). */
final class StaffRoles {

    static final String ADMINISTRATOR = StaffRole.ADMINISTRATOR.name();
    static final String CURATOR = StaffRole.CURATOR.name();
    static final String REGISTRAR = StaffRole.REGISTRAR.name();
    static final String CONSERVATOR = StaffRole.CONSERVATOR.name();

    private StaffRoles() {
    }
}
