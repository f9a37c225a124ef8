package tw.museum.site.staff.searchinsight;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.museum.search.insight.SearchQueryLog;
import tw.museum.site.security.StaffOnly;

/** What visitors searched for in a month: the most frequent queries and those that found nothing. */
@Controller
public class SearchInsightPageController {
    static final int ROWS = 50;

    private final SearchQueryLog log;

    public SearchInsightPageController(SearchQueryLog log) {
        this.log = log;
    }

    @GetMapping("/staff/search-insight")
    @StaffOnly
    public String show(@RequestParam(required = false) String month, Model model) {
        List<String> months = log.months();
        String shown = month != null && months.contains(month) ? month : months.isEmpty() ? null : months.get(0);
        model.addAttribute("months", months);
        model.addAttribute("month", shown);
        model.addAttribute("frequent", shown == null ? List.of() : log.mostFrequent(shown, ROWS));
        model.addAttribute("nothing", shown == null ? List.of() : log.foundNothing(shown, ROWS));
        return "staff/search-insight";
    }
}
