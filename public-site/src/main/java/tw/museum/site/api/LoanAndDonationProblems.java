package tw.museum.site.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tw.museum.catalog.donation.IllegalDonationStepException;
import tw.museum.catalog.loan.IllegalLoanStepException;
import tw.museum.site.i18n.LocaleConfiguration;

/** A loan or donation step the process does not have from where the record stands: 409 with both states. */
@RestControllerAdvice(assignableTypes = {LoanApiController.class, DonationApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LoanAndDonationProblems {

    private final MessageSource messages;

    public LoanAndDonationProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IllegalLoanStepException.class)
    ResponseEntity<ProblemDetail> loanStep(IllegalLoanStepException e, HttpServletRequest request) {
        return step(String.valueOf(e.current()), String.valueOf(e.needed()), request);
    }

    @ExceptionHandler(IllegalDonationStepException.class)
    ResponseEntity<ProblemDetail> donationStep(IllegalDonationStepException e, HttpServletRequest request) {
        return step(String.valueOf(e.current()), String.valueOf(e.needed()), request);
    }

    private ResponseEntity<ProblemDetail> step(String current, String needed, HttpServletRequest request) {
        Locale locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null ? request.getLocale()
                : LocaleConfiguration.DEFAULT_LOCALE;
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        body.setType(URI.create("urn:museum:problem:illegal-step"));
        body.setTitle(messages.getMessage("problem.title.illegal-step", null, "Conflict", locale));
        body.setDetail(messages.getMessage("problem.detail.illegal-step", new Object[] {current, needed}, null, locale));
        body.setProperty("current", current);
        body.setProperty("needed", needed);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, headers, HttpStatus.CONFLICT);
    }
}
