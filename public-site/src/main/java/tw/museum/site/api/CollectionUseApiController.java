package tw.museum.site.api;

import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.usage.CollectionUseData;
import tw.museum.catalog.usage.CollectionUseService;
import tw.museum.catalog.usage.CollectionUseView;
import tw.museum.catalog.usage.UsageEntry;
import tw.museum.catalog.usage.UsageHistoryService;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.StaffOnly;

/**
 * Recorded uses of collection objects and objects' usage histories: staff only (a use may name the people
 * who used the objects), so every read needs a staff account too.
 */
@RestController
@JsonApi
@StaffOnly
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
public class CollectionUseApiController {

    private final CollectionUseService uses;
    private final UsageHistoryService usage;

    public CollectionUseApiController(CollectionUseService uses, UsageHistoryService usage) {
        this.uses = uses;
        this.usage = usage;
    }

    /** Uses of one object ({@code objectNumber}), or the most recent ones. */
    @GetMapping("/api/v1/uses")
    public List<CollectionUseView> list(@RequestParam(required = false) String objectNumber) {
        return objectNumber == null ? uses.recent(100) : uses.forArtifact(objectNumber);
    }

    @GetMapping("/api/v1/uses/{id}")
    public CollectionUseView get(@PathVariable long id) {
        return uses.get(id);
    }

    @CataloguersOnly
    @PostMapping(path = "/api/v1/uses", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CollectionUseView> record(@RequestBody CollectionUseData data) {
        CollectionUseView recorded = uses.record(data);
        return ResponseEntity.created(URI.create("/api/v1/uses/" + recorded.id())).body(recorded);
    }

    @CataloguersOnly
    @PutMapping(path = "/api/v1/uses/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public CollectionUseView update(@PathVariable long id, @RequestBody CollectionUseData data) {
        return uses.update(id, data);
    }

    @GetMapping("/api/v1/uses/{id}/history")
    public List<AuditRecord> history(@PathVariable long id) {
        return uses.history(id);
    }

    /** An object's whole usage history: exhibitions, loans, learning units, the website, recorded uses. */
    @GetMapping("/api/v1/usage-history")
    public List<UsageEntry> usageHistory(@RequestParam String objectNumber) {
        return usage.forArtifact(objectNumber);
    }
}
