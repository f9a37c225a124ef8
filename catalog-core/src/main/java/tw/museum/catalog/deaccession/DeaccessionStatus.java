package tw.museum.catalog.deaccession;

/**
 * Where a deaccession stands: proposed, then approved or refused by the committee, then (approved) the
 * disposal carried out. A proposal can be cancelled before the committee decides.
 */
public enum DeaccessionStatus {
    PROPOSED, APPROVED, REFUSED, DISPOSED, CANCELLED;

    /** Still under way: its objects cannot be in another proposal at the same time. */
    public boolean open() {
        return this == PROPOSED || this == APPROVED;
    }
}
