package tw.museum.site.api;

import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.batch.BatchEditService;
import tw.museum.catalog.batch.BatchField;
import tw.museum.catalog.batch.BatchItemView;
import tw.museum.catalog.batch.BatchOperation;
import tw.museum.catalog.batch.BatchRequest;
import tw.museum.catalog.batch.BatchValue;
import tw.museum.catalog.batch.BatchView;
import tw.museum.catalog.batch.ItemState;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.site.batch.BatchFieldAccess;
import tw.museum.site.batch.BatchSelection;
import tw.museum.site.batch.BatchSelector;
import tw.museum.site.security.StaffOnly;

/**
 * Batch edits for scripts: {@code POST /api/v1/batches} with the field, the operation, the value and either
 * object numbers or a staff search; then read the preview ({@code /items}), {@code POST .../apply?version=},
 * follow {@code progress}, and {@code POST .../undo?version=} (409 with {@code blockers} when records changed since).
 * Staff only; each step asks for the roles its field needs.
 */
@RestController
@JsonApi
@StaffOnly
@RequestMapping(path = "/api/v1/batches", produces = MediaType.APPLICATION_JSON_VALUE)
public class BatchApiController {

    private final BatchEditService batches;
    private final BatchSelector selector;
    private final BatchFieldAccess access;

    public BatchApiController(BatchEditService batches, BatchSelector selector, BatchFieldAccess access) {
        this.batches = batches;
        this.selector = selector;
        this.access = access;
    }

    /** A new batch: the records are {@code objectNumbers} or what {@code search} finds (as the staff list searches). */
    public record NewBatch(String field, BatchOperation operation, BatchValue value, List<String> objectNumbers,
                           Search search) {
    }

    public record Search(String q, ArtifactStatus status, String classification) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<BatchView> create(@RequestBody NewBatch body) {
        BatchField field = batches.field(body.field());
        access.check(field);
        boolean listed = body.objectNumbers() != null && !body.objectNumbers().isEmpty();
        if (listed == (body.search() != null)) {
            throw new InvalidRecordException(FieldProblem.of("objectNumbers", "batch-one-selection"));
        }
        BatchSelection selection = listed
                ? new BatchSelection(body.objectNumbers(), BatchSelection.Kind.LIST, Integer.toString(body.objectNumbers().size()))
                : selector.search(blankToNull(body.search().q()), body.search().status(), blankToNull(body.search().classification()));
        BatchView created = batches.create(new BatchRequest(field.name(), body.operation(), body.value(),
                selection.objectNumbers(), selection.stored()));
        return ResponseEntity.created(URI.create("/api/v1/batches/" + created.number())).body(created);
    }

    @GetMapping
    public PageResponse<BatchView> list(@RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(batches.list(Paging.of(page, size, null, java.util.Set.of(), Sort.unsorted())));
    }

    @GetMapping("/{number}")
    public BatchView get(@PathVariable String number) {
        return batches.get(number);
    }

    /** The batch's records in order with their values before and after, of one state or all. */
    @GetMapping("/{number}/items")
    public PageResponse<BatchItemView> items(@PathVariable String number, @RequestParam(required = false) ItemState state,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "100") int size) {
        return PageResponse.of(batches.items(number, state, Paging.of(page, size, null, java.util.Set.of(), Sort.unsorted())));
    }

    @PostMapping("/{number}/apply")
    public ResponseEntity<BatchView> apply(@PathVariable String number, @RequestParam long version) {
        checkAccess(number);
        return ResponseEntity.accepted().body(batches.apply(number, version));
    }

    @PostMapping("/{number}/undo")
    public ResponseEntity<BatchView> undo(@PathVariable String number, @RequestParam long version) {
        checkAccess(number);
        return ResponseEntity.accepted().body(batches.undo(number, version));
    }

    @PostMapping("/{number}/discard")
    public BatchView discard(@PathVariable String number, @RequestParam long version) {
        checkAccess(number);
        return batches.discard(number, version);
    }

    private void checkAccess(String number) {
        access.check(batches.field(batches.get(number).field()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
