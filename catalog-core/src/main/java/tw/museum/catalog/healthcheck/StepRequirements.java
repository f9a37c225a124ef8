package tw.museum.catalog.healthcheck;

import org.springframework.stereotype.Component;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.condition.ConditionCheckService;

/**
 * What a step needs besides being allowed by {@link CaseTransitions}: EXAMINED needs an examination record
 * of every object, REPORT_ISSUED an issued report, PAID a settled invoice.
 */
@Component
class StepRequirements {

    private final ConditionCheckService conditions;
    private final CaseReportRepository reports;
    private final InvoiceRepository invoices;

    StepRequirements(ConditionCheckService conditions, CaseReportRepository reports, InvoiceRepository invoices) {
        this.conditions = conditions;
        this.reports = reports;
        this.invoices = invoices;
    }

    void check(HealthCheckCase c, CaseStatus target, Checks checks) {
        switch (target) {
            case EXAMINED -> {
                int examined = conditions.latestForCase(c.getId()).size();
                if (examined < c.getObjectCount()) {
                    checks.add("status", "examination-missing", examined, c.getObjectCount());
                }
            }
            case REPORT_ISSUED -> {
                if (reports.findFirstByCaseIdOrderByVersionNoDesc(c.getId()).isEmpty()) {
                    checks.add("status", "report-missing");
                }
            }
            case PAID -> {
                if (!invoices.findByCaseId(c.getId()).map(i -> i.outstanding() == 0).orElse(false)) {
                    checks.add("status", "not-paid");
                }
            }
            default -> {
            }
        }
    }
}
