package tw.museum.site.healthcheck;

import tw.museum.site.security.ConservatorsOnly;
import tw.museum.site.api.JsonApi;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.healthcheck.CaseAccess;
import tw.museum.catalog.healthcheck.CaseRequest;
import tw.museum.catalog.healthcheck.CaseStatus;
import tw.museum.catalog.healthcheck.CaseSummary;
import tw.museum.catalog.healthcheck.CaseView;
import tw.museum.catalog.healthcheck.HealthCheckService;
import tw.museum.catalog.healthcheck.RequesterCaseView;
import tw.museum.catalog.healthcheck.Submission;
import tw.museum.site.api.PageResponse;

/**
 * Health checks over JSON. Requesters need no account: they submit (an Idempotency-Key header makes a
 * retried POST harmless) and then prove with the access code in the body, never in the URL. Listing and
 * moving cases is for case staff ({@link ConservatorsOnly}); only those answers carry personal data.
 */
@JsonApi
@RestController
@RequestMapping(path = "/api/v1/health-checks", produces = MediaType.APPLICATION_JSON_VALUE)
public class HealthCheckApiController {

    private final HealthCheckService service;
    private final String consentVersion;

    public HealthCheckApiController(HealthCheckService service,
                                    @Value("${museum.health-check.consent-version}") String consentVersion) {
        this.service = service;
        this.consentVersion = consentVersion;
    }

    /** The consent flag in the body is the caller's explicit yes to the museum's current consent text. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Submission> submit(@RequestBody CaseRequest body,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                             Locale locale) {
        // the consent text version is the museum's current one, whatever the caller claims
        CaseRequest request = new CaseRequest(body.requesterType(), body.name(), body.organisation(), body.email(),
                body.phone(), body.address(), body.consent(), consentVersion, body.objectCount(),
                body.objectDescription(), body.materials(), body.approximateAge(), body.size(), body.services(),
                body.onSite(), body.siteAddress(), body.preferredFrom(), body.preferredTo(),
                body.language() != null ? body.language() : ("en".equals(locale.getLanguage()) ? "en" : "zh-TW"),
                key);
        Submission submission;
        try {
            submission = service.submit(request);
        } catch (DataIntegrityViolationException twin) {
            submission = service.findSubmission(key).orElseThrow(() -> twin);
        }
        return submission.repeated() ? ResponseEntity.ok(submission)
                : ResponseEntity.created(URI.create("/api/v1/health-checks/" + submission.number())).body(submission);
    }

    public record AccessBody(String code) {
    }

    public record MessageBody(String code, String body) {
    }

    @PostMapping(path = "/{number}/access", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RequesterCaseView> open(@PathVariable String number, @RequestBody AccessBody body,
                                                  HttpServletRequest request) {
        return answer(service.open(number, body.code(), ClientKey.of(request)), number);
    }

    @PostMapping(path = "/{number}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RequesterCaseView> message(@PathVariable String number, @RequestBody MessageBody body,
                                                     HttpServletRequest request) {
        return answer(service.postRequesterMessage(number, body.code(), ClientKey.of(request), body.body()), number);
    }

    public record CancelBody(String code, String reason) {
    }

    /** The requester withdraws the request (until the examination). */
    @PostMapping(path = "/{number}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RequesterCaseView> cancel(@PathVariable String number, @RequestBody CancelBody body,
                                                    HttpServletRequest request) {
        return answer(service.cancelByRequester(number, body.code(), ClientKey.of(request), body.reason()), number);
    }

    private static ResponseEntity<RequesterCaseView> answer(CaseAccess access, String number) {
        return switch (access.outcome()) {
            case GRANTED -> ResponseEntity.ok(access.view());
            // a wrong code and an unknown number look the same
            case DENIED -> throw new RecordNotFoundException("health-check", number);
            case THROTTLED -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
        };
    }

    // ---- staff

    @GetMapping
    @ConservatorsOnly
    public PageResponse<CaseSummary> list(@RequestParam(required = false) CaseStatus status,
                                          @RequestParam(defaultValue = "1") int page) {
        return PageResponse.of(service.queue(status,
                PageRequest.of(Math.max(page, 1) - 1, 50, Sort.by("createdAt", "id"))));
    }

    @GetMapping("/{number}")
    @ConservatorsOnly
    public CaseView get(@PathVariable String number) {
        return service.get(number);
    }

    /** {@code scheduledFor} (an ISO date) is needed by the SCHEDULED step only. */
    public record TransitionBody(CaseStatus target, String note, java.time.LocalDate scheduledFor, Long version) {
    }

    @PostMapping(path = "/{number}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ConservatorsOnly
    public CaseView transition(@PathVariable String number, @RequestBody TransitionBody body) {
        if (body.target() == null) {
            throw new InvalidRecordException(FieldProblem.of("target", "required"));
        }
        return service.transition(number, body.target(), body.note(), body.scheduledFor(), body.version());
    }

    public record StaffMessageBody(String body) {
    }

    @PostMapping(path = "/{number}/museum-messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ConservatorsOnly
    public CaseView museumMessage(@PathVariable String number, @RequestBody StaffMessageBody body) {
        return service.postMuseumMessage(number, body.body());
    }
}
