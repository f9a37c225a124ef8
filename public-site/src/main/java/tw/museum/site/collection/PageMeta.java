package tw.museum.site.collection;

/**
 * What a public page tells search engines and link previews beyond its title: a description, an image
 * (absolute URL or null), its Open Graph type and, for objects, its schema.org JSON-LD (already escaped
 * for embedding in a script element, or null). Canonical and hreflang links come from {@link PublicLinks}.
 */
public record PageMeta(String description, String image, String type, String jsonLd) {

    public static PageMeta website(String description) {
        return new PageMeta(description, null, "website", null);
    }
}
