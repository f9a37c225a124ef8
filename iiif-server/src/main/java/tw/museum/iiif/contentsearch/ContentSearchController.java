package tw.museum.iiif.contentsearch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.iiif.catalog.DocumentTexts;
import tw.museum.iiif.catalog.PublicDocuments;
import tw.museum.iiif.presentation.IiifLinks;
import tw.museum.iiif.presentation.PresentationResponses;

/**
 * IIIF Content Search API 2.0 within one artifact's manifest: the words of {@code q} in the text extracted
 * from its public documents at import. Each hit is an Annotation on the canvas of its page whose body is the
 * passage around the word, and a highlighting Annotation with a TextQuoteSelector (prefix, exact, suffix),
 * which is what Mirador and the Universal Viewer list and jump to. The text has no coordinates, so a hit
 * targets its whole page. Only published records are searched (others are 404, like their manifests).
 */
@RestController
@RequestMapping("/iiif/search/2")
public class ContentSearchController {

    static final String CONTEXT = "http://iiif.io/api/search/2/context.json";
    static final int PAGE_SIZE = 100;
    /** Hits counted at most; a word on every line of a thousand-page report need not all be listed. */
    static final int MAX_HITS = 5_000;
    static final int CONTEXT_CHARS = 40;
    private static final List<String> UNSUPPORTED = List.of("motivation", "date", "user");

    private final ArtifactService artifacts;
    private final PublicDocuments documents;
    private final DocumentTexts texts;
    private final IiifLinks links;
    private final PresentationResponses responses;

    public ContentSearchController(ArtifactService artifacts, PublicDocuments documents, DocumentTexts texts,
                                   IiifLinks links, PresentationResponses responses) {
        this.artifacts = artifacts;
        this.documents = documents;
        this.texts = texts;
        this.links = links;
        this.responses = responses;
    }

    private record Hit(String canvas, long mediaId, int page, String text, TextMatcher.Match match) {
    }

    @GetMapping("/{objectNumber}")
    public ResponseEntity<byte[]> search(@PathVariable String objectNumber,
                                         @RequestParam(value = "q", required = false) String q,
                                         @RequestParam(value = "page", defaultValue = "0") String pageParam,
                                         @RequestParam Map<String, String> all,
                                         @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                         @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String inm) {
        Optional<PublicArtifactView> artifact = artifacts.findPublished(objectNumber);
        int page = pageParam.matches("[0-9]{1,6}") ? Integer.parseInt(pageParam) : -1;
        if (artifact.isEmpty() || page < 0) {
            return responses.notFound();
        }
        String service = links.contentSearch(objectNumber);
        List<Hit> hits = hits(artifact.get(), new TextMatcher(q));
        int lastPage = hits.isEmpty() ? 0 : (hits.size() - 1) / PAGE_SIZE;
        if (page > lastPage) {
            return responses.notFound();
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("id", pageUrl(service, q, page, lastPage));
        doc.put("type", "AnnotationPage");
        if (lastPage > 0) {
            Map<String, Object> partOf = new LinkedHashMap<>();
            partOf.put("id", pageUrl(service, q, 0, 0));
            partOf.put("type", "AnnotationCollection");
            partOf.put("total", hits.size());
            partOf.put("first", Map.of("id", pageUrl(service, q, 0, lastPage), "type", "AnnotationPage"));
            partOf.put("last", Map.of("id", pageUrl(service, q, lastPage, lastPage), "type", "AnnotationPage"));
            doc.put("partOf", partOf);
            doc.put("startIndex", page * PAGE_SIZE);
            if (page > 0) {
                doc.put("prev", Map.of("id", pageUrl(service, q, page - 1, lastPage), "type", "AnnotationPage"));
            }
            if (page < lastPage) {
                doc.put("next", Map.of("id", pageUrl(service, q, page + 1, lastPage), "type", "AnnotationPage"));
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> highlights = new ArrayList<>();
        for (Hit hit : hits.subList(page * PAGE_SIZE, Math.min(hits.size(), (page + 1) * PAGE_SIZE))) {
            annotate(service, hit, items, highlights);
        }
        doc.put("items", items);
        if (!highlights.isEmpty()) {
            doc.put("annotations", List.of(Map.of("type", "AnnotationPage", "items", highlights)));
        }
        List<String> ignored = UNSUPPORTED.stream().filter(all::containsKey).toList();
        if (!ignored.isEmpty()) {
            doc.put("ignored", ignored);
        }
        return responses.json(doc, CONTEXT, null, new PresentationResponses.Conditions(accept, inm, null));
    }

    private List<Hit> hits(PublicArtifactView artifact, TextMatcher matcher) {
        List<Hit> hits = new ArrayList<>();
        if (matcher.isEmpty()) {
            return hits;
        }
        for (var entry : texts.pages(documents.of(artifact)).entrySet()) {
            long mediaId = entry.getKey().media().id();
            List<String> pages = entry.getValue();
            for (int p = 0; p < pages.size() && hits.size() < MAX_HITS; p++) {
                String canvas = links.pageCanvas(artifact.objectNumber(), mediaId, p + 1);
                for (TextMatcher.Match m : matcher.find(pages.get(p))) {
                    if (hits.size() >= MAX_HITS) {
                        break;
                    }
                    hits.add(new Hit(canvas, mediaId, p + 1, pages.get(p), m));
                }
            }
        }
        return hits;
    }

    private static void annotate(String service, Hit hit, List<Map<String, Object>> items,
                                 List<Map<String, Object>> highlights) {
        int start = hit.match().start();
        int end = start + hit.match().length();
        String prefix = flat(hit.text().substring(Math.max(0, start - CONTEXT_CHARS), start));
        String exact = hit.text().substring(start, end);
        String suffix = flat(hit.text().substring(end, Math.min(hit.text().length(), end + CONTEXT_CHARS)));
        String id = service + "/annotation/m" + hit.mediaId() + "-p" + hit.page() + "-" + start + "-" + end;

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TextualBody");
        body.put("value", (prefix + exact + suffix).strip());
        body.put("format", "text/plain");
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("type", "Annotation");
        item.put("motivation", "supplementing");
        item.put("body", body);
        item.put("target", hit.canvas());
        items.add(item);

        Map<String, Object> selector = new LinkedHashMap<>();
        selector.put("type", "TextQuoteSelector");
        selector.put("prefix", prefix);
        selector.put("exact", exact);
        selector.put("suffix", suffix);
        Map<String, Object> highlight = new LinkedHashMap<>();
        highlight.put("id", id + "/match");
        highlight.put("type", "Annotation");
        highlight.put("motivation", "highlighting");
        highlight.put("target", Map.of("type", "SpecificResource", "source", id, "selector", List.of(selector)));
        highlights.add(highlight);
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String pageUrl(String service, String q, int page, int lastPage) {
        // The service URL is already encoded (object numbers travel as one segment); only the query is added.
        StringBuilder url = new StringBuilder(service);
        if (q != null) {
            url.append("?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if (lastPage > 0 && page > 0) {
            url.append(q != null ? "&" : "?").append("page=").append(page);
        }
        return url.toString();
    }
}
