package tw.museum.site.collection;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links of the public pages. Every internal link carries the page's language ({@code lang=en} or
 * {@code lang=zh-TW}) so that a shared URL opens in the language it was shared in, whatever the
 * receiver's cookie says. Absolute URLs (canonical, Open Graph, sitemap, QR codes) start from
 * {@code museum.public-base-url}, or from the request when it is not set. Templates use it as {@code @links}.
 */
@Component("links")
public class PublicLinks {

    public static final String LANG = "lang";

    private final String configuredBase;

    public PublicLinks(@Value("${museum.public-base-url:}") String configuredBase) {
        this.configuredBase = configuredBase.strip().replaceAll("/+$", "");
    }

    /** The value of the lang parameter for the page being rendered. */
    public String lang() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "zh-TW";
    }

    /** A context-relative path (which may hold a query) with the page's language added. */
    public String path(String path) {
        return withLang(path, lang());
    }

    /** The public page of an object; its number travels as one encoded path segment. */
    public String object(String objectNumber) {
        return path(objectPath(objectNumber));
    }

    public static String objectPath(String objectNumber) {
        return "/objects/" + UriUtils.encodePathSegment(objectNumber, StandardCharsets.UTF_8);
    }

    /** The page being shown, in another language: same path, same query, only lang changes. */
    public String switchTo(String lang) {
        return UriComponentsBuilder.fromUriString(currentPath()).query(currentRequest().getQueryString())
                .replaceQueryParam(LANG, lang).build().toUriString();
    }

    /** The path of the page being shown, without its query. */
    public String currentPath() {
        HttpServletRequest request = currentRequest();
        // on an error page, the page the visitor asked for, not the error handler's path
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }

    /** The page being shown, absolute, in a language (for hreflang alternates and the canonical URL). */
    public String alternate(String lang) {
        return base() + switchTo(lang);
    }

    /** The absolute URL of the page in its own language. */
    public String canonical() {
        return alternate(lang());
    }

    public String absolute(String path) {
        return base() + path;
    }

    public String base() {
        if (!configuredBase.isEmpty()) {
            return configuredBase;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    static String withLang(String path, String lang) {
        return UriComponentsBuilder.fromUriString(path).replaceQueryParam(LANG, lang).build().toUriString();
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
