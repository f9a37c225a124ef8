package tw.museum.site.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tw.museum.catalog.mail.MailOutbox;
import tw.museum.catalog.mail.MailStatus;
import tw.museum.site.security.AdministratorsOnly;

/**
 * Mails the museum could not deliver, for administrators (the mails hold addresses of requesters,
 * borrowers and donors): why, how often it was tried, and a button to send again.
 */
@Controller
@AdministratorsOnly
public class MailOutboxController {

    private static final int LIMIT = 200;

    private final MailOutbox outbox;

    public MailOutboxController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/staff/mail")
    public String list(Model model) {
        model.addAttribute("failed", outbox.list(MailStatus.FAILED, LIMIT));
        model.addAttribute("pending", outbox.list(MailStatus.PENDING, LIMIT));
        return "staff/mail";
    }

    @PostMapping("/staff/mail/{id}/retry")
    public String retry(@PathVariable long id) {
        outbox.retry(id);
        return "redirect:/staff/mail";
    }
}
