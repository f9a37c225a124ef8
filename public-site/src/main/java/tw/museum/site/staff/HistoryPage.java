package tw.museum.site.staff;

import java.util.List;
import org.springframework.ui.Model;
import tw.museum.catalog.audit.AuditRecord;

/** The audit-trail page of one record ({@code staff/record-history}): its title, the way back, every change. */
public final class HistoryPage {

    private HistoryPage() {
    }

    public static String show(Model model, String title, String back, List<AuditRecord> history) {
        model.addAttribute("historyTitle", title);
        model.addAttribute("back", back);
        model.addAttribute("history", history);
        return "staff/record-history";
    }
}
