package tw.museum.catalog.media;

/**
 * What a file says about itself, read on import: an image's capture date, creator and copyright
 * (EXIF/XMP), a document's title, page count and text. Values are kept as the file states them.
 */
public record MediaMetadata(String capturedAt, String creator, String copyright, String title, Integer pageCount,
                            String text) {

    public boolean isEmpty() {
        return capturedAt == null && creator == null && copyright == null && title == null && pageCount == null
                && (text == null || text.isBlank());
    }

    /** The beginning of the text, for showing staff what was extracted. */
    public String excerpt(int length) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= length ? flat : flat.substring(0, length) + "…";
    }
}
