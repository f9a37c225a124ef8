package tw.museum.catalog.healthcheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    Optional<Invoice> findByCaseId(long caseId);

    @Query("select distinct i from Invoice i left join fetch i.payments order by i.issuedOn, i.id")
    List<Invoice> findAllWithPayments();

    @Query("select p from Payment p where p.paidOn >= :from and p.paidOn < :to")
    List<Payment> paymentsBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
