package tw.museum.site.exhibition;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Paths of exhibition pages, public and staff, each key one encoded path segment.
 * Templates use it as {@code @exhibitionLinks} (public paths still go through {@code @links.path} for the language).
 */
@Component("exhibitionLinks")
public class ExhibitionLinks {

    public String page(String number) {
        return "/exhibitions/" + segment(number);
    }

    public String staff(String number) {
        return "/staff/exhibitions/" + segment(number);
    }

    public String staff(String number, String action) {
        return staff(number) + "/" + action;
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
