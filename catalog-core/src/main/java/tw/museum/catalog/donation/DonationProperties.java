package tw.museum.catalog.donation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Donation settings. {@code objectNumberPattern} makes accession numbers from {year} and {seq} (the year's
 * sequence, zero-padded to {@code sequenceDigits}); the credit-line patterns put the published name at {0}.
 */
@ConfigurationProperties("museum.donations")
public record DonationProperties(String consentVersion, String objectNumberPattern, Integer sequenceDigits,
                                 String creditLineZh, String creditLineEn, String anonymousCreditZh,
                                 String anonymousCreditEn) {

    public DonationProperties {
        consentVersion = consentVersion == null ? "2026-1" : consentVersion;
        objectNumberPattern = objectNumberPattern == null ? "{year}.{seq}" : objectNumberPattern;
        sequenceDigits = sequenceDigits == null ? 4 : sequenceDigits;
        creditLineZh = creditLineZh == null ? "{0} 捐贈" : creditLineZh;
        creditLineEn = creditLineEn == null ? "Gift of {0}" : creditLineEn;
        anonymousCreditZh = anonymousCreditZh == null ? "匿名捐贈" : anonymousCreditZh;
        anonymousCreditEn = anonymousCreditEn == null ? "Anonymous gift" : anonymousCreditEn;
    }

    String objectNumber(int year, int sequence) {
        return objectNumberPattern.replace("{year}", Integer.toString(year))
                .replace("{seq}", String.format("%0" + sequenceDigits + "d", sequence));
    }
}
