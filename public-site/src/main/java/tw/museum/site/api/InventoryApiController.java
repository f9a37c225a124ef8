package tw.museum.site.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.inventory.Decision;
import tw.museum.catalog.inventory.InventoryItem;
import tw.museum.catalog.inventory.InventoryReport;
import tw.museum.catalog.inventory.InventoryService;
import tw.museum.catalog.inventory.InventoryView;
import tw.museum.catalog.inventory.ScanResult;
import tw.museum.site.security.RegistrarsOnly;

/**
 * Inventories over JSON, for handheld scanners with an app of their own: start (or join) at a location, send
 * scans, read the comparison, decide, complete. Registrars only, like the pages.
 */
@RestController
@JsonApi
@RegistrarsOnly
@RequestMapping(path = "/api/v1/inventories", produces = MediaType.APPLICATION_JSON_VALUE)
public class InventoryApiController {

    private final InventoryService inventories;

    public InventoryApiController(InventoryService inventories) {
        this.inventories = inventories;
    }

    public record StartRequest(String location) {
    }

    public record ScanRequest(String scan, String at) {
    }

    public record DecisionRequest(String key, Decision decision, String note) {
    }

    public record VersionRequest(Long version) {
    }

    /** 201 with a new inventory, 200 with the open one of that location (joined). */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<InventoryService.Started> start(@RequestBody StartRequest body) {
        InventoryService.Started started = inventories.start(body.location());
        return ResponseEntity.status(started.joined() ? HttpStatus.OK : HttpStatus.CREATED).body(started);
    }

    @GetMapping("/{number}")
    public InventoryReport report(@PathVariable String number) {
        return inventories.report(number);
    }

    @PostMapping(path = "/{number}/scans", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ScanResult scan(@PathVariable String number, @RequestBody ScanRequest body) {
        return inventories.scan(number, body.scan(), body.at());
    }

    @PostMapping(path = "/{number}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    public InventoryItem decide(@PathVariable String number, @RequestBody DecisionRequest body) {
        return inventories.decide(number, body.key(), body.decision(), body.note());
    }

    @PostMapping(path = "/{number}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    public InventoryView complete(@PathVariable String number, @RequestBody VersionRequest body) {
        return inventories.complete(number, body.version());
    }

    @PostMapping(path = "/{number}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    public InventoryView cancel(@PathVariable String number, @RequestBody VersionRequest body) {
        return inventories.cancel(number, body.version());
    }
}
