package tw.museum.site.deaccession;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.deaccession.DeaccessionDecision;
import tw.museum.catalog.deaccession.DeaccessionProposal;
import tw.museum.catalog.deaccession.DeaccessionService;
import tw.museum.catalog.deaccession.DeaccessionStatus;
import tw.museum.catalog.deaccession.DeaccessionSummary;
import tw.museum.catalog.deaccession.DeaccessionView;
import tw.museum.catalog.deaccession.Disposal;
import tw.museum.site.api.JsonApi;
import tw.museum.site.api.PageResponse;
import tw.museum.site.security.AdministratorsOnly;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.RegistrarsOnly;
import tw.museum.site.security.StaffOnly;

/**
 * Deaccession and disposal over JSON. Staff read; curators, registrars and administrators propose, cancel
 * and add documents; administrators record the committee's decision (never on their own proposal);
 * registrars (and administrators) record the disposal. Nothing here is public.
 */
@RestController
@JsonApi
@StaffOnly
@RequestMapping(path = "/api/v1/deaccessions", produces = MediaType.APPLICATION_JSON_VALUE)
public class DeaccessionApiController {

    private final DeaccessionService deaccessions;
    private final DeaccessionDocuments documents;

    public DeaccessionApiController(DeaccessionService deaccessions, DeaccessionDocuments documents) {
        this.deaccessions = deaccessions;
        this.documents = documents;
    }

    @GetMapping
    public PageResponse<DeaccessionSummary> list(@RequestParam(required = false) DeaccessionStatus status,
                                                 @RequestParam(defaultValue = "1") int page) {
        return PageResponse.of(deaccessions.list(status, PageRequest.of(Math.max(page, 1) - 1, 50,
                Sort.by(Sort.Direction.DESC, "proposedAt").and(Sort.by("id")))));
    }

    /** An object's deaccessions (the object number as a query parameter: it may hold '/'). */
    @GetMapping("/history")
    public List<DeaccessionSummary> forObject(@RequestParam String objectNumber) {
        return deaccessions.forArtifact(objectNumber);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @CataloguersOnly
    public ResponseEntity<DeaccessionView> propose(@RequestBody DeaccessionProposal body) {
        DeaccessionView d = deaccessions.propose(body);
        return ResponseEntity.created(URI.create("/api/v1/deaccessions/" + d.number())).body(d);
    }

    @GetMapping("/{number}")
    public DeaccessionView get(@PathVariable String number) {
        return deaccessions.get(number);
    }

    @GetMapping("/{number}/history")
    public List<AuditRecord> history(@PathVariable String number) {
        return deaccessions.history(number);
    }

    public record DecisionBody(DeaccessionDecision decision, Long version) {
    }

    @PostMapping(path = "/{number}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @AdministratorsOnly
    public DeaccessionView decide(@PathVariable String number, @RequestBody DecisionBody body) {
        return deaccessions.decide(number, body.decision() == null ? new DeaccessionDecision(null, null, null, null)
                : body.decision(), body.version());
    }

    public record DisposalBody(Disposal disposal, Long version) {
    }

    @PostMapping(path = "/{number}/disposal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RegistrarsOnly
    public DeaccessionView dispose(@PathVariable String number, @RequestBody DisposalBody body) {
        return deaccessions.dispose(number, body.disposal() == null ? new Disposal(null, null, null, null)
                : body.disposal(), body.version());
    }

    public record VersionBody(Long version) {
    }

    @PostMapping(path = "/{number}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CataloguersOnly
    public DeaccessionView cancel(@PathVariable String number, @RequestBody VersionBody body) {
        return deaccessions.cancel(number, body.version());
    }

    @PostMapping(path = "/{number}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @CataloguersOnly
    public DeaccessionView attach(@PathVariable String number, @RequestPart("file") MultipartFile file,
                                  @RequestParam(required = false) Long version) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return deaccessions.attach(number, file.getOriginalFilename(), in, version);
        }
    }

    @GetMapping(path = "/{number}/documents/{id}", produces = MediaType.ALL_VALUE)
    public ResponseEntity<Resource> document(@PathVariable String number, @PathVariable long id) {
        return documents.document(number, id);
    }

    /** The deaccession record as a PDF, in the caller's language ({@code ?lang=en} for English). */
    @GetMapping(path = "/{number}/record.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> record(@PathVariable String number, Locale locale) {
        return documents.record(number, locale);
    }
}
