package tw.museum.catalog.healthcheck;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a requester submits, from the form or the API alike. {@code submissionToken} is the form's
 * one-time token: the same token submitted twice makes one case. {@code language} is the requester's
 * (zh-TW or en), for the emails.
 */
public record CaseRequest(RequesterType requesterType, String name, String organisation, String email,
                          String phone, String address, boolean consent, String consentVersion,
                          Integer objectCount, String objectDescription, String materials, String approximateAge,
                          String size, Set<ServiceKind> services, boolean onSite, String siteAddress,
                          LocalDate preferredFrom, LocalDate preferredTo, String language, String submissionToken) {

    public CaseRequest {
        services = services == null ? Set.of() : Set.copyOf(services);
    }
}
