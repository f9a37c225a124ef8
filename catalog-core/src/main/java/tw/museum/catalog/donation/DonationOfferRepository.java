package tw.museum.catalog.donation;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DonationOfferRepository extends JpaRepository<DonationOffer, Long> {

    Optional<DonationOffer> findByOfferNumber(String offerNumber);

    Optional<DonationOffer> findBySubmissionToken(String submissionToken);

    @Query("select o from DonationOffer o where (:status is null or o.status = :status)")
    Page<DonationOffer> findByStatus(@Param("status") DonationStatus status, Pageable pageable);
}
