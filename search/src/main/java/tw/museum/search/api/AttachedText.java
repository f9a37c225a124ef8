package tw.museum.search.api;

/**
 * The text of a document attached to an object (a PDF or DOCX, read by Tika on import). Its text is searched and
 * its matching passage shown; {@code restricted} (the rights allow the public no copy) keeps it to staff.
 */
public record AttachedText(long mediaId, String title, String text, boolean restricted) {
    /** Beyond this much text a document is indexed only in part: it bounds index size and highlighting time. */
    public static final int MAX_INDEXED_CHARS = 100_000;

    public AttachedText {
        text = text == null ? "" : text.length() > MAX_INDEXED_CHARS ? text.substring(0, MAX_INDEXED_CHARS) : text;
    }

    public AttachedText withoutText() {
        return new AttachedText(mediaId, title, null, restricted);
    }
}
