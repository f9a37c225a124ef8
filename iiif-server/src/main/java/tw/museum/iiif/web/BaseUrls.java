package tw.museum.iiif.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tw.museum.iiif.config.IiifProperties;

/** The configured public base URL, or the one the current request came in on. */
@Component
public class BaseUrls {

    private final String configured;

    public BaseUrls(IiifProperties properties) {
        String base = properties.baseUrl();
        this.configured = base == null || base.isBlank() ? null : base.replaceAll("/+$", "");
    }

    public String base() {
        return configured != null ? configured : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
