package tw.museum.site.valuation;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
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
import tw.museum.catalog.valuation.ValuationData;
import tw.museum.catalog.valuation.ValuationPurpose;
import tw.museum.catalog.valuation.ValuationService;
import tw.museum.catalog.valuation.ValuationView;
import tw.museum.site.api.JsonApi;
import tw.museum.site.security.CataloguersOnly;

/**
 * Valuations over JSON, for registrars and managers (curators, administrators); everyone else gets 403.
 * Objects are named by a query parameter or in the body: an object number may hold '/'.
 */
@RestController
@JsonApi
@CataloguersOnly
@RequestMapping(path = "/api/v1/valuations", produces = MediaType.APPLICATION_JSON_VALUE)
public class ValuationApiController {

    private final ValuationService valuations;

    public ValuationApiController(ValuationService valuations) {
        this.valuations = valuations;
    }

    public record ObjectValuations(String objectNumber, ValuationView currentInsurance, List<ValuationView> valuations) {
    }

    /** An object's valuations, newest first, with its current insurance value. */
    @GetMapping
    public ObjectValuations forObject(@RequestParam String objectNumber) {
        return new ObjectValuations(objectNumber, valuations.currentInsurance(objectNumber).orElse(null),
                valuations.forArtifact(objectNumber));
    }

    /** The audit trail of an object's valuations (records and corrections, before and after). */
    @GetMapping("/history")
    public List<AuditRecord> history(@RequestParam String objectNumber) {
        return valuations.history(objectNumber);
    }

    public record ValuationBody(String objectNumber, BigDecimal amount, String currency, LocalDate valuedOn,
                                String valuer, ValuationPurpose purpose, String reference, String notes, Long version) {

        ValuationData data() {
            return new ValuationData(amount, currency, valuedOn, valuer, purpose, reference, notes, version);
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ValuationView> record(@RequestBody ValuationBody body) {
        ValuationView v = valuations.record(body.objectNumber(), body.data());
        return ResponseEntity.created(URI.create("/api/v1/valuations/" + v.id())).body(v);
    }

    public record ValuationWithLoans(ValuationView valuation, List<String> loans) {
    }

    /** One valuation, with the loans approved with it as an object's insurance value. */
    @GetMapping("/{id}")
    public ValuationWithLoans get(@PathVariable long id) {
        return new ValuationWithLoans(valuations.get(id), valuations.loansUsing(id));
    }

    /** A correction, on the version it was made on ({@code version} required). */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ValuationView correct(@PathVariable long id, @RequestBody ValuationBody body) {
        return valuations.correct(id, body.data());
    }
}
