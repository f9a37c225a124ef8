package tw.museum.search.api;

/** Who is searching: the public sees published records and public fields only; staff see everything. */
public enum Audience {
    PUBLIC,
    STAFF;

    public boolean seesRestricted() {
        return this == STAFF;
    }
}
