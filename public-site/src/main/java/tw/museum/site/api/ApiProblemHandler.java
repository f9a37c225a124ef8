package tw.museum.site.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.donation.IllegalDonationStepException;
import tw.museum.catalog.healthcheck.IllegalTransitionException;
import tw.museum.catalog.loan.IllegalLoanStepException;
import tw.museum.catalog.media.UploadTooLargeException;
import tw.museum.search.api.InvalidSearchRequestException;
import tw.museum.search.api.SearchBackendException;
import tw.museum.site.i18n.LocaleConfiguration;

/**
 * Every API error as application/problem+json: what went wrong, and for bad input which field and
 * why, in the caller's language (Accept-Language; Traditional Chinese by default). Never a stack trace.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's own problem-details handler, which knows no fields or languages
public class ApiProblemHandler {

    private final MessageSource messages;

    public ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidRecordException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRecordException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(HttpStatus.BAD_REQUEST, "invalid-record", locale, null, fieldErrors(e.problems(), locale));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", locale(request), new Object[] {e.key()}, null);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, "stale-version", locale(request),
                new Object[] {e.key(), e.submittedVersion(), e.currentVersion()}, null);
        response.getBody().setProperty("currentVersion", e.currentVersion());
        return response;
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<ProblemDetail> illegalTransition(IllegalTransitionException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, "illegal-transition", locale(request),
                new Object[] {String.valueOf(e.from()), String.valueOf(e.to())}, null);
        response.getBody().setProperty("from", String.valueOf(e.from()));
        response.getBody().setProperty("to", String.valueOf(e.to()));
        return response;
    }

    /** A loan or donation step the process does not have from where the record stands: 409 with both states. */
    @ExceptionHandler({IllegalLoanStepException.class, IllegalDonationStepException.class})
    ResponseEntity<ProblemDetail> illegalStep(RuntimeException e, HttpServletRequest request) {
        String current = e instanceof IllegalLoanStepException l ? String.valueOf(l.current())
                : String.valueOf(((IllegalDonationStepException) e).current());
        String needed = e instanceof IllegalLoanStepException l ? String.valueOf(l.needed())
                : String.valueOf(((IllegalDonationStepException) e).needed());
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, "illegal-step", locale(request),
                new Object[] {current, needed}, null);
        response.getBody().setProperty("current", current);
        response.getBody().setProperty("needed", needed);
        return response;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentEdit(ObjectOptimisticLockingFailureException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "concurrent-edit", locale(request), null, null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        // Two requests raced past the duplicate check; the database's unique constraint stopped the second.
        return problem(HttpStatus.CONFLICT, "conflict", locale(request), null, null);
    }

    @ExceptionHandler({UploadTooLargeException.class, MaxUploadSizeExceededException.class})
    ResponseEntity<ProblemDetail> tooLarge(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", locale(request), null, null);
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> badUpload(Exception e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(HttpStatus.BAD_REQUEST, "invalid-record", locale, null,
                fieldErrors(List.of(FieldProblem.of("file", "required")), locale));
    }

    @ExceptionHandler(InvalidSearchRequestException.class)
    ResponseEntity<ProblemDetail> badQuery(InvalidSearchRequestException e, HttpServletRequest request) {
        Locale locale = locale(request);
        String reason = messages.getMessage("problem.search." + e.code(), e.arguments().toArray(), e.code(), locale);
        return problem(HttpStatus.BAD_REQUEST, "bad-query", locale, null,
                List.of(new FieldErrorResponse(e.parameter(), e.code(), reason)));
    }

    @ExceptionHandler(SearchBackendException.class)
    ResponseEntity<ProblemDetail> searchUnavailable(SearchBackendException e, HttpServletRequest request) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", locale(request), null, null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", locale(request), null, null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(HttpStatus.BAD_REQUEST, "invalid-record", locale, null,
                fieldErrors(List.of(FieldProblem.of(e.getName(), "wrong-type")), locale));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(HttpStatus.BAD_REQUEST, "invalid-record", locale, null,
                fieldErrors(List.of(FieldProblem.of(e.getParameterName(), "required")), locale));
    }

    private List<FieldErrorResponse> fieldErrors(List<FieldProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new FieldErrorResponse(p.field(), p.code(),
                        messages.getMessage("problem." + p.code(), p.arguments().toArray(), p.code(), locale)))
                .toList();
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String kind, Locale locale, Object[] args,
                                                  List<FieldErrorResponse> errors) {
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setType(URI.create("urn:museum:problem:" + kind));
        body.setTitle(messages.getMessage("problem.title." + kind, null, status.getReasonPhrase(), locale));
        body.setDetail(messages.getMessage("problem.detail." + kind, args, null, locale));
        if (errors != null) {
            body.setProperty("errors", errors);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, headers, status);
    }

    private static Locale locale(HttpServletRequest request) {
        return LocaleConfiguration.apiLocale(request);
    }

    /** One field error: the JSON path of the field, a stable code for programs, a message for people. */
    public record FieldErrorResponse(String field, String code, String message) {
    }
}
