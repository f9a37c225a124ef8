package tw.museum.catalog.user;

/** What a staff member may do. Administrators manage users; the other roles follow Spectrum's jobs. */
public enum StaffRole {
    ADMINISTRATOR, CURATOR, REGISTRAR, CONSERVATOR
}
