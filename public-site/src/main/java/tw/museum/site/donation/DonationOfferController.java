package tw.museum.site.donation;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.donation.CreditChoice;
import tw.museum.catalog.donation.DonationOfferData;
import tw.museum.catalog.donation.DonationProperties;
import tw.museum.catalog.donation.DonationService;
import tw.museum.catalog.donation.Submission;
import tw.museum.site.staff.FormProblems;

/** The public donation offer form (捐贈藏品專線). A one-time token makes a double click one offer. */
@Controller
public class DonationOfferController {

    private final DonationService donations;
    private final DonationProperties properties;
    private final MessageSource messages;

    public DonationOfferController(DonationService donations, DonationProperties properties, MessageSource messages) {
        this.donations = donations;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/donations/offer")
    public String form(Model model) {
        DonationOfferForm form = new DonationOfferForm();
        form.setToken(UUID.randomUUID().toString());
        form.setCreditChoice(CreditChoice.NAME.name());
        return form(model, form, FormProblems.none());
    }

    @PostMapping("/donations/offer")
    public String submit(@ModelAttribute("form") DonationOfferForm form, Model model, Locale locale,
                         HttpServletResponse response) {
        List<FieldProblem> typeProblems = new ArrayList<>();
        DonationOfferData data = form.toData(properties.consentVersion(), locale, typeProblems);
        List<DonationOfferForm.Row> rows = form.filledRows();
        Submission submission;
        try {
            if (!typeProblems.isEmpty()) {
                throw new InvalidRecordException(typeProblems);
            }
            submission = donations.submit(data, rows.stream().map(DonationOfferForm.Row::chosenPhotos).toList());
        } catch (InvalidRecordException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // problems name the filled rows' positions; shown on the rows as the donor sees them
            List<Integer> shown = new ArrayList<>();
            for (int i = 0; i < form.getObjects().size(); i++) {
                if (rows.contains(form.getObjects().get(i))) {
                    shown.add(i);
                }
            }
            return form(model, form, FormProblems.of(e.problems(), f -> rowField(f, shown), messages, locale));
        } catch (DataIntegrityViolationException twin) {
            submission = donations.findSubmission(form.getToken()).orElseThrow(() -> twin);
        }
        model.addAttribute("submission", submission);
        return "donation/received";
    }

    private static String rowField(String field, List<Integer> shown) {
        if (!field.startsWith("objects[")) {
            return field;
        }
        int end = field.indexOf(']');
        int index = Integer.parseInt(field.substring(8, end));
        return "objects[" + (index < shown.size() ? shown.get(index) : index) + field.substring(end);
    }

    private String form(Model model, DonationOfferForm form, FormProblems problems) {
        model.addAttribute("form", form.withRows());
        model.addAttribute("problems", problems);
        model.addAttribute("creditChoices", CreditChoice.values());
        return "donation/offer";
    }
}
