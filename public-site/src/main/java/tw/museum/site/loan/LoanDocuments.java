package tw.museum.site.loan;

import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tw.museum.catalog.loan.LoanService;
import tw.museum.catalog.loan.LoanStatus;
import tw.museum.catalog.loan.LoanView;
import tw.museum.site.document.PdfDocuments;

/**
 * The loan agreement as a PDF, generated from the loan as it stands once reviewed: the parties, the
 * approved objects with their insurance values, the period, the conditions of loan, signature lines.
 * For registrars only: it carries insurance values.
 */
@Component
public class LoanDocuments {

    private final LoanService loans;
    private final PdfDocuments pdf;

    public LoanDocuments(LoanService loans, PdfDocuments pdf) {
        this.loans = loans;
        this.pdf = pdf;
    }

    public byte[] agreementPdf(String number, Locale locale) {
        LoanView loan = loans.get(number);
        if (loan.status() == LoanStatus.SUBMITTED || loan.status() == LoanStatus.DECLINED
                || loan.status() == LoanStatus.CANCELLED) {
            throw new tw.museum.catalog.loan.IllegalLoanStepException(loan.status(), LoanStatus.APPROVED);
        }
        // signed by the borrower: in the application's language
        Locale language = "en".equals(loan.language()) ? Locale.ENGLISH : Locale.TRADITIONAL_CHINESE;
        return pdf.render("loan-agreement", Map.of("loan", loan), language);
    }

    public ResponseEntity<byte[]> agreement(String number, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("loan-agreement-" + number + ".pdf").build().toString())
                .body(agreementPdf(number, locale));
    }
}
