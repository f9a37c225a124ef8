package tw.museum.catalog.valuation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ValuationRepository extends JpaRepository<Valuation, Long> {

    /** Newest first: by the day of the valuation, then by when it was recorded. */
    @Query("select v from Valuation v where v.artifact.id = :artifactId order by v.valuedOn desc, v.id desc")
    List<Valuation> findByArtifact(@Param("artifactId") long artifactId);

    @Query("select v from Valuation v where v.artifact.id = :artifactId and v.purpose = :purpose"
            + " order by v.valuedOn desc, v.id desc")
    List<Valuation> findByArtifactAndPurpose(@Param("artifactId") long artifactId,
                                             @Param("purpose") ValuationPurpose purpose);

    /** The loans whose approval names this valuation as an object's insurance value. */
    @Query("select distinct o.loan.loanNumber from LoanObject o where o.insuranceValuation.id = :valuationId")
    List<String> loansUsing(@Param("valuationId") long valuationId);
}
