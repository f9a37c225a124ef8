package tw.museum.catalog.deaccession;

/** Why objects are proposed for deaccession (the usual grounds of a collections-development policy). */
public enum DeaccessionReason {
    /** Outside the collecting policy. */
    OUTSIDE_POLICY,
    /** A duplicate of a better example in the collection. */
    DUPLICATE,
    /** Damaged or decayed beyond repair or use. */
    BEYOND_REPAIR,
    /** A danger to people or to other objects (radioactive, asbestos, unstable nitrate film). */
    HAZARDOUS,
    /** Returned to its rightful owner or community of origin. */
    RESTITUTION,
    /** Better cared for, used or seen in another institution. */
    BETTER_HOME,
    OTHER
}
