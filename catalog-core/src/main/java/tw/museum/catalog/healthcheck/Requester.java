package tw.museum.catalog.healthcheck;

import java.time.Instant;

/** The requester's personal data and consent: in staff views only. */
public record Requester(RequesterType type, String name, String organisation, String email, String phone,
                        String address, Instant consentAt, String consentVersion) {
}
