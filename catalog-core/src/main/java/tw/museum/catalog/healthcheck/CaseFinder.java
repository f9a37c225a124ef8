package tw.museum.catalog.healthcheck;

import java.util.Locale;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.RecordNotFoundException;

/** Finds a case by its number for the services around a case (examinations, reports, billing, surveys). */
@Component
class CaseFinder {

    private final HealthCheckCaseRepository cases;

    CaseFinder(HealthCheckCaseRepository cases) {
        this.cases = cases;
    }

    HealthCheckCase find(String number) {
        String key = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return cases.findByCaseNumber(key).orElseThrow(() -> new RecordNotFoundException(HealthCheckService.AUDIT_TYPE, number));
    }
}
