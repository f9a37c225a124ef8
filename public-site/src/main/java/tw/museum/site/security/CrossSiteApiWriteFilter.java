package tw.museum.site.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import tw.museum.site.i18n.LocaleConfiguration;

/**
 * CSRF protection for the API, which takes HTTP Basic instead of a session: a browser that once answered
 * the Basic prompt sends the credentials again with any request to the site, even one a hostile page
 * makes it send (a form posting multipart to the media upload, say). Such requests carry the browser's
 * {@code Sec-Fetch-Site: cross-site} or an {@code Origin} of another site, and are refused here; scripts,
 * the importer and same-origin pages send neither or their own origin, and pass.
 */
final class CrossSiteApiWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String KIND = "cross-site-request";

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    CrossSiteApiWriteFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The same problem+json, in the caller's language, as the API's own errors (the filter runs before MVC). */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = LocaleConfiguration.apiLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:museum:problem:" + KIND);
        problem.put("title", messages.getMessage("problem.title." + KIND, null, locale));
        problem.put("status", HttpServletResponse.SC_FORBIDDEN);
        problem.put("detail", messages.getMessage("problem.detail." + KIND, null, locale));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            String host = request.getServerName();
            int port = request.getServerPort();
            int originPort = from.getPort() != -1 ? from.getPort() : "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
            return from.getHost() == null || !from.getHost().equalsIgnoreCase(host) || originPort != port;
        } catch (IllegalArgumentException malformed) {
            return true; // includes "null", the origin of sandboxed and file pages
        }
    }
}
