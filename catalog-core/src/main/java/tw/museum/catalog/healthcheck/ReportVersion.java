package tw.museum.catalog.healthcheck;

import java.time.Instant;

/** An issued report version, as staff see it; requesters see only the current one (without issuedBy). */
public record ReportVersion(int versionNo, String reportNumber, Instant issuedAt, String issuedBy, long sizeBytes,
                            String note) {
}
