package tw.museum.iiif.source;

/** What the owner of an image (the catalog) allows for it. */
public sealed interface AccessDecision {

    /** Published and unrestricted. */
    record Open() implements AccessDecision {}

    /** Rights-restricted: served only up to this size of the whole image. */
    record Restricted(int maxWidth, int maxHeight) implements AccessDecision {
        public Restricted {
            if (maxWidth < 1 || maxHeight < 1) {
                throw new IllegalArgumentException("restricted size must be positive");
            }
        }
    }

    /** Exists but must not be served, e.g. the artifact is a draft. */
    record Denied() implements AccessDecision {}

    /** No such image. */
    record NotFound() implements AccessDecision {}

    AccessDecision OPEN = new Open();
    AccessDecision DENIED = new Denied();
    AccessDecision NOT_FOUND = new NotFound();
}
