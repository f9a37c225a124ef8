package tw.museum.site.healthcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.museum.catalog.healthcheck.HealthCheckBilling;
import tw.museum.catalog.healthcheck.HealthCheckSurveys;

/** For managers: outstanding invoices, revenue by month of a year, satisfaction over a period. */
@Controller
@HealthCheckManagersOnly
public class HealthCheckFiguresController {

    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");

    private final HealthCheckBilling billing;
    private final HealthCheckSurveys surveys;
    private final Clock clock;

    public HealthCheckFiguresController(HealthCheckBilling billing, HealthCheckSurveys surveys, Clock clock) {
        this.billing = billing;
        this.surveys = surveys;
        this.clock = clock;
    }

    @GetMapping("/staff/health-checks/figures")
    public String figures(@RequestParam(required = false) Integer year, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(MUSEUM_ZONE));
        Year shown = year == null || year < 2000 || year > 2200 ? Year.of(today.getYear()) : Year.of(year);
        LocalDate end = date(to, today);
        // the default period is the last three months
        LocalDate start = date(from, end.minusMonths(3));
        model.addAttribute("outstanding", billing.outstanding());
        model.addAttribute("year", shown.getValue());
        model.addAttribute("months", billing.monthlyRevenue(shown));
        model.addAttribute("yearTotal", billing.monthlyRevenue(shown).stream().mapToLong(m -> m.total()).sum());
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("survey", surveys.results(start, end));
        return "healthcheck/staff-figures";
    }

    private static LocalDate date(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
