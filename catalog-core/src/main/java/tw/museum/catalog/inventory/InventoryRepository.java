package tw.museum.catalog.inventory;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InventoryRepository extends JpaRepository<Inventory, Long> {

    Optional<Inventory> findByInventoryNumber(String number);

    /** The inventory with its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Inventory i where i.inventoryNumber = :number")
    Optional<Inventory> lockByInventoryNumber(@Param("number") String number);

    Optional<Inventory> findByOpenLocationId(Long locationId);

    List<Inventory> findByStatusOrderByStartedAtDesc(InventoryStatus status);

    Page<Inventory> findAllByOrderByStartedAtDesc(Pageable pageable);

    List<Inventory> findByLocationIdOrderByStartedAtDesc(long locationId);
}
