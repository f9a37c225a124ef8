package tw.museum.catalog.healthcheck;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a case and the fee schedule into quote lines: handling fee, each service per object, travel when
 * on site, then the urgency surcharge and the requester's discount, each on the subtotal before it.
 * Percentages round half up to whole dollars.
 */
@Component
public class QuoteCalculator {

    private final FeeSchedule fees;

    public QuoteCalculator(FeeSchedule fees) {
        this.fees = fees;
    }

    public List<QuoteLineData> lines(int objectCount, Iterable<ServiceKind> services, boolean onSite,
                                     RequesterType requesterType, boolean urgent) {
        List<QuoteLineData> lines = new ArrayList<>();
        if (fees.caseBase() > 0) {
            lines.add(new QuoteLineData(QuoteLineKind.BASE, null, null, 1, fees.caseBase()));
        }
        for (ServiceKind service : services) {
            lines.add(new QuoteLineData(QuoteLineKind.SERVICE, service, null, objectCount,
                    fees.perObject().getOrDefault(service, 0L)));
        }
        if (onSite && fees.onSiteTravel() > 0) {
            lines.add(new QuoteLineData(QuoteLineKind.TRAVEL, null, null, 1, fees.onSiteTravel()));
        }
        if (urgent && fees.urgentPercent() > 0) {
            lines.add(new QuoteLineData(QuoteLineKind.URGENCY, null, null, 1, percent(total(lines), fees.urgentPercent())));
        }
        int discount = requesterType == null ? 0 : fees.discountPercent().getOrDefault(requesterType, 0);
        if (discount > 0) {
            lines.add(new QuoteLineData(QuoteLineKind.DISCOUNT, null, null, 1, -percent(total(lines), discount)));
        }
        return lines;
    }

    static long total(List<QuoteLineData> lines) {
        return lines.stream().mapToLong(QuoteLineData::amount).sum();
    }

    private static long percent(long amount, int percent) {
        return (amount * percent + 50) / 100;
    }
}
