package tw.museum.catalog.condition;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConditionPhotoRepository extends JpaRepository<ConditionPhoto, Long> {
}
