package tw.museum.catalog.media;

import java.util.Arrays;
import java.util.List;

/**
 * What a file says about itself, read on import: an image's capture date, creator and copyright
 * (EXIF/XMP), a document's title, page count and text. Values are kept as the file states them. The text
 * of a paged document (PDF) has a form feed ({@link #PAGE_SEPARATOR}) after each page.
 */
public record MediaMetadata(String capturedAt, String creator, String copyright, String title, Integer pageCount,
                            String text) {

    public static final char PAGE_SEPARATOR = '\f';

    /**
     * The text page by page (page 1 first). Text extracted before pages were kept, or of a document without
     * pages, is one page.
     */
    public List<String> pages() {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = text.charAt(text.length() - 1) == PAGE_SEPARATOR ? text.substring(0, text.length() - 1) : text;
        return Arrays.asList(body.split(String.valueOf(PAGE_SEPARATOR), -1));
    }

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
