package tw.museum.iiif.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves stored pyramid tiles without the pipeline, inside Tomcat: a tile URL that {@link StoredTiles} holds (the
 * pipeline answered it with a stored tile of an open image within {@code museum.iiif.access-cache-ttl}) is
 * answered here, before Spring MVC, with the file handed to Tomcat's sendfile (zero-copy) when the connector
 * offers it. After the TTL the next request goes through the pipeline again, so a withdrawn image stops being
 * served within it. The Netty front ({@code museum.iiif.front.port}) serves the same entries ahead of Tomcat.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class StoredTileFastPath extends OncePerRequestFilter {

    static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";

    private final StoredTiles tiles;

    public StoredTileFastPath(StoredTiles tiles) {
        this.tiles = tiles;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/iiif/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StoredTile entry = tiles.find(request.getHeader("Host"), request.getRequestURI());
        if (entry == null || !serve(entry, request, response)) {
            chain.doFilter(request, response);
        }
    }

    private boolean serve(StoredTile e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Files.isRegularFile(e.file())) {
            // A newer version replaced it: the pipeline answers.
            tiles.forget(request.getHeader("Host"), request.getRequestURI());
            return false;
        }
        response.setHeader("Access-Control-Allow-Origin", StoredTile.ALLOW_ORIGIN);
        response.setHeader("Access-Control-Expose-Headers", StoredTile.EXPOSE_HEADERS);
        response.setHeader("ETag", e.etag());
        response.setHeader("Last-Modified", e.lastModifiedHeader());
        response.setHeader("Cache-Control", e.cacheControl());
        response.setHeader("X-Content-Type-Options", "nosniff");
        for (String link : e.links()) {
            response.addHeader("Link", link);
        }
        if (e.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"))) {
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
            tiles.forget(request.getHeader("Host"), request.getRequestURI());
            response.reset();
            return false;
        }
        return true;
    }
}
