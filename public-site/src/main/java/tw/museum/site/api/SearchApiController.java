package tw.museum.site.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.search.api.Audience;
import tw.museum.search.api.SearchHit;
import tw.museum.search.api.SearchIndex;
import tw.museum.search.api.SearchResult;
import tw.museum.search.api.Suggestion;
import tw.museum.search.catalog.SearchRebuilder;
import tw.museum.search.query.SearchRequestParser;
import tw.museum.site.security.AdministratorsOnly;
import tw.museum.site.security.Viewer;

/**
 * Full-text search with facets, suggestions as you type and related objects. The audience comes from
 * who is asking (staff or not), never from a parameter.
 */
@RestController
@JsonApi
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
public class SearchApiController {

    private static final int MAX_RELATED = 24;

    private final SearchIndex index;
    private final SearchRequestParser parser;
    private final SearchRebuilder rebuilder;
    private final ArtifactService artifacts;

    public SearchApiController(SearchIndex index, SearchRequestParser parser, SearchRebuilder rebuilder,
                               ArtifactService artifacts) {
        this.index = index;
        this.parser = parser;
        this.rebuilder = rebuilder;
        this.artifacts = artifacts;
    }

    @GetMapping("/api/v1/search")
    public SearchResult search(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return index.search(parser.parse(parameters, audience()));
    }

    @GetMapping("/api/v1/search/suggest")
    public List<Suggestion> suggest(@RequestParam(name = "q", defaultValue = "") String prefix) {
        return index.suggest(prefix, audience());
    }

    @GetMapping("/api/v1/artifacts/{objectNumber}/related")
    public List<SearchHit> related(@PathVariable String objectNumber, @RequestParam(defaultValue = "6") int count) {
        Audience audience = audience();
        if (audience == Audience.PUBLIC && artifacts.findPublished(objectNumber).isEmpty()) {
            throw new RecordNotFoundException(ArtifactService.AUDIT_TYPE, objectNumber);
        }
        return index.moreLikeThis(objectNumber, audience, Math.max(1, Math.min(count, MAX_RELATED)));
    }

    /** Rebuilds the whole index from the catalogue; search keeps answering from the old one meanwhile. */
    @PostMapping("/api/v1/search/rebuild")
    @AdministratorsOnly
    public Map<String, Long> rebuild() {
        return Map.of("indexed", rebuilder.rebuild());
    }

    private static Audience audience() {
        return Viewer.isStaff() ? Audience.STAFF : Audience.PUBLIC;
    }
}
