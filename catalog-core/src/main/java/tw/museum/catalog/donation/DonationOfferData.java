package tw.museum.catalog.donation;

import java.util.List;

/**
 * A donation offer as the donor sends it (public form or API). The donor's details are personal data;
 * {@code creditChoice} (and {@code creditName} for a custom credit) is all that may ever be published.
 */
public record DonationOfferData(
        String donorName,
        String donorEmail,
        String donorPhone,
        String donorAddress,
        boolean consent,
        String consentVersion,
        CreditChoice creditChoice,
        String creditName,
        String giftConditions,
        List<OfferedObject> objects,
        String language,
        String submissionToken) {

    public DonationOfferData {
        objects = objects == null ? List.of() : objects;
    }
}
