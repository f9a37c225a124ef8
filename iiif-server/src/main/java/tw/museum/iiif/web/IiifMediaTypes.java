package tw.museum.iiif.web;

import org.springframework.http.MediaType;

/** info.json and Presentation documents are JSON-LD only when the client asks for it; otherwise plain JSON, as the specs require. */
public final class IiifMediaTypes {
    private IiifMediaTypes() {
    }

    public static MediaType infoJson(String accept, String contextUri) {
        if (accept != null && accept.contains("application/ld+json")) {
            return MediaType.parseMediaType("application/ld+json;profile=\"" + contextUri + "\"");
        }
        return MediaType.APPLICATION_JSON;
    }
}
