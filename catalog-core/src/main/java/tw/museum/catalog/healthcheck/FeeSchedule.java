package tw.museum.catalog.healthcheck;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The fees quotes are computed from (museum.health-check.fees.*), in whole New Taiwan dollars: a handling
 * fee per case, a fee per object for each service, a flat travel fee for on-site work, a surcharge for
 * urgent work and a discount by kind of requester (registered religious and non-profit bodies).
 */
@ConfigurationProperties("museum.health-check.fees")
public record FeeSchedule(Long caseBase, Map<ServiceKind, Long> perObject, Long onSiteTravel,
                          Integer urgentPercent, Map<RequesterType, Integer> discountPercent) {

    public FeeSchedule {
        caseBase = caseBase == null ? 0L : caseBase;
        perObject = perObject == null ? Map.of() : Map.copyOf(perObject);
        onSiteTravel = onSiteTravel == null ? 0L : onSiteTravel;
        urgentPercent = urgentPercent == null ? 0 : urgentPercent;
        discountPercent = discountPercent == null ? Map.of() : Map.copyOf(discountPercent);
    }
}
