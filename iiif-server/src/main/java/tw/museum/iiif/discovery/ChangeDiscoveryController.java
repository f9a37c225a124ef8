package tw.museum.iiif.discovery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.discovery.ManifestActivity;
import tw.museum.catalog.discovery.ManifestActivityLog;
import tw.museum.iiif.presentation.IiifLinks;
import tw.museum.iiif.presentation.PresentationResponses;
import tw.museum.iiif.web.BaseUrls;

/**
 * IIIF Change Discovery API 1.0: the history of the public manifests as an Activity Streams
 * OrderedCollection ({@code /iiif/discovery/1/activity/all-changes}) of OrderedCollectionPages, oldest
 * first, so an aggregator reads the whole stream once and afterwards only the pages after the last it saw
 * (from {@code last} backwards, until an activity older than its last harvest).
 */
@RestController
@RequestMapping("/iiif/discovery/1/activity")
@EnableConfigurationProperties(DiscoveryProperties.class)
public class ChangeDiscoveryController {

    static final String CONTEXT = "http://iiif.io/api/discovery/1/context.json";

    private final ManifestActivityLog log;
    private final IiifLinks links;
    private final BaseUrls baseUrls;
    private final PresentationResponses responses;
    private final int pageSize;

    public ChangeDiscoveryController(ManifestActivityLog log, IiifLinks links, BaseUrls baseUrls,
                                     PresentationResponses responses, DiscoveryProperties properties) {
        this.log = log;
        this.links = links;
        this.baseUrls = baseUrls;
        this.responses = responses;
        this.pageSize = properties.pageSize();
    }

    @GetMapping(value = "/all-changes")
    public ResponseEntity<byte[]> collection(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                             @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String inm) {
        long total = log.count();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("id", collectionId());
        doc.put("type", "OrderedCollection");
        doc.put("totalItems", total);
        doc.put("first", reference(0));
        doc.put("last", reference(lastPage(total)));
        return responses.json(doc, CONTEXT, null, new PresentationResponses.Conditions(accept, inm, null));
    }

    @GetMapping(value = "/page/{page}")
    public ResponseEntity<byte[]> page(@PathVariable String page,
                                       @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                       @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String inm) {
        long total = log.count();
        long last = lastPage(total);
        long n = parsePage(page);
        if (n < 0 || n > last) {
            return responses.notFound();
        }
        List<ManifestActivity> activities = log.slice(n * pageSize, pageSize);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("id", pageId(n));
        doc.put("type", "OrderedCollectionPage");
        doc.put("startIndex", n * pageSize);
        doc.put("partOf", Map.of("id", collectionId(), "type", "OrderedCollection"));
        if (n > 0) {
            doc.put("prev", reference(n - 1));
        }
        if (n < last) {
            doc.put("next", reference(n + 1));
        }
        doc.put("orderedItems", activities.stream().map(this::activity).toList());
        Instant newest = activities.isEmpty() ? null : activities.get(activities.size() - 1).endTime();
        return responses.json(doc, CONTEXT, newest, new PresentationResponses.Conditions(accept, inm, null));
    }

    /** One activity on its own, so the ids in the pages can be dereferenced. */
    @GetMapping("/{id:[0-9]{1,18}}")
    public ResponseEntity<byte[]> one(@PathVariable long id,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String inm) {
        return log.find(id).map(a -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("@context", CONTEXT);
            doc.putAll(activity(a));
            return responses.json(doc, CONTEXT, a.endTime(), new PresentationResponses.Conditions(accept, inm, null));
        }).orElseGet(responses::notFound);
    }

    private Map<String, Object> activity(ManifestActivity a) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", baseUrls.base() + "/iiif/discovery/1/activity/" + a.id());
        item.put("type", a.type().streamsType());
        item.put("object", Map.of("id", links.manifest(a.objectNumber()), "type", "Manifest"));
        item.put("endTime", a.endTime().toString());
        return item;
    }

    private long lastPage(long total) {
        return total == 0 ? 0 : (total - 1) / pageSize;
    }

    private static long parsePage(String page) {
        if (!page.matches("[0-9]{1,12}")) {
            return -1;
        }
        return Long.parseLong(page);
    }

    private Map<String, Object> reference(long page) {
        return Map.of("id", pageId(page), "type", "OrderedCollectionPage");
    }

    private String collectionId() {
        return baseUrls.base() + "/iiif/discovery/1/activity/all-changes";
    }

    private String pageId(long page) {
        return baseUrls.base() + "/iiif/discovery/1/activity/page/" + page;
    }
}
