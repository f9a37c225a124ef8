package tw.museum.iiif.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tw.museum.iiif.config.IiifProperties;

/**
 * Serves stored pyramid tiles without the pipeline: once the pipeline has answered a tile URL with a stored
 * tile (access checked, operations normalized), the URL, the tile file and its headers are remembered for
 * {@code museum.iiif.access-cache-ttl} (30 s); requests for it in that time are answered here, before Spring
 * MVC, with the file handed to Tomcat's sendfile (zero-copy) when the connector offers it. After the TTL the
 * next request goes through the pipeline again, so a withdrawn image stops being served within it (browsers
 * keep tiles for a day anyway, per Cache-Control). The map holds paths and headers, not bytes, so it costs
 * a few hundred bytes per hot tile; it is a cache, and a second node simply fills its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class StoredTileFastPath extends OncePerRequestFilter {

    static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";

    /** What the pipeline answered for a tile URL. */
    record Entry(Path file, long length, String etag, long lastModified, String contentType, String cacheControl,
                 List<String> links) {
    }

    private final Cache<String, Entry> entries;

    public StoredTileFastPath(IiifProperties properties) {
        this.entries = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(properties.accessCacheTtl()).build();
    }

    /** Called by the pipeline after it served {@code file} for this request. */
    void remember(HttpServletRequest request, Entry entry) {
        if (request.getQueryString() == null) {
            entries.put(request.getRequestURI(), entry);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/iiif/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Entry entry = entries.getIfPresent(request.getRequestURI());
        if (entry == null || !serve(entry, request, response)) {
            chain.doFilter(request, response);
        }
    }

    private boolean serve(Entry e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Files.isRegularFile(e.file())) {
            entries.invalidate(request.getRequestURI()); // a newer version replaced it: the pipeline answers
            return false;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "Link, ETag, Last-Modified, Content-Type");
        response.setHeader("ETag", e.etag());
        response.setDateHeader("Last-Modified", e.lastModified());
        response.setHeader("Cache-Control", e.cacheControl());
        response.setHeader("X-Content-Type-Options", "nosniff");
        for (String link : e.links()) {
            response.addHeader("Link", link);
        }
        String inm = request.getHeader("If-None-Match");
        if (ConditionalResponses.notModified(inm, request.getHeader("If-Modified-Since"), e.etag(),
                java.time.Instant.ofEpochMilli(e.lastModified()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        response.setContentType(e.contentType());
        response.setContentLengthLong(e.length());
        if (Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))) {
            request.setAttribute("org.apache.tomcat.sendfile.filename", e.file().toAbsolutePath().toString());
            request.setAttribute("org.apache.tomcat.sendfile.start", 0L);
            request.setAttribute("org.apache.tomcat.sendfile.end", e.length());
            return true;
        }
        try {
            Files.copy(e.file(), response.getOutputStream());
        } catch (NoSuchFileException gone) {
            // Replaced or cleaned up meanwhile: forget it and let the pipeline answer.
            entries.invalidate(request.getRequestURI());
            response.reset();
            return false;
        }
        return true;
    }
}
