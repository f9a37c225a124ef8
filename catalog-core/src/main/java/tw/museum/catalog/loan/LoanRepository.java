package tw.museum.catalog.loan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoanRepository extends JpaRepository<Loan, Long> {

    Optional<Loan> findByLoanNumber(String loanNumber);

    Optional<Loan> findBySubmissionToken(String submissionToken);

    @Query("select l from Loan l where (:status is null or l.status = :status)")
    Page<Loan> findByStatus(@Param("status") LoanStatus status, Pageable pageable);

    List<Loan> findByStatusOrderByPeriodToAscIdAsc(LoanStatus status);

    @Query("select l from Loan l where l.status = tw.museum.catalog.loan.LoanStatus.ON_LOAN and l.periodTo < :today"
            + " order by l.periodTo, l.id")
    List<Loan> findOverdue(@Param("today") LocalDate today);

    /**
     * Approved objects of other live loans whose period overlaps [from, to] (both ends included). A loan
     * still out after its return date holds its objects until they are back: its period runs to today.
     */
    @Query("select o from LoanObject o join o.loan l where o.artifact.id = :artifactId"
            + " and o.decision = tw.museum.catalog.loan.ObjectDecision.APPROVED and l.status in :holding"
            + " and l.id <> :loanId and l.periodFrom <= :to and (l.periodTo >= :from"
            + " or (l.status = tw.museum.catalog.loan.LoanStatus.ON_LOAN and :today >= :from))")
    List<LoanObject> findOverlapping(@Param("artifactId") long artifactId, @Param("loanId") long loanId,
                                     @Param("from") LocalDate from, @Param("to") LocalDate to,
                                     @Param("today") LocalDate today,
                                     @Param("holding") Collection<LoanStatus> holding);

    @Query("select o from LoanObject o join fetch o.loan l where o.artifact.id = :artifactId"
            + " order by l.periodFrom desc, l.id desc")
    List<LoanObject> findByArtifact(@Param("artifactId") long artifactId);
}
