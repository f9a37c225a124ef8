package tw.museum.catalog.location;

/**
 * What a location is, from the building down to a box on a shelf. A location sits inside one of a
 * higher level (a shelf in a cabinet or directly in a room; never a room in a cabinet). {@link #OTHER}
 * fits anywhere: the former free-text storage locations start as OTHER until registrars sort them.
 */
public enum LocationKind {
    BUILDING(1), FLOOR(2), STORE_ROOM(3), GALLERY(3), WORKROOM(3), CABINET(4), SHELF(5), DRAWER(5), BOX(6), OTHER(0);

    private final int level;

    LocationKind(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    /** Whether a location of this kind may hold one of {@code child}'s kind. */
    public boolean mayHold(LocationKind child) {
        return this == OTHER || child == OTHER || child.level > level;
    }
}
