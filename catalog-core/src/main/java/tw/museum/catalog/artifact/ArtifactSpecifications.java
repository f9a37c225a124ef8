package tw.museum.catalog.artifact;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;
import tw.museum.catalog.common.TextSearch;

/** Turns an {@link ArtifactFilter} into a JPA query. */
final class ArtifactSpecifications {

    private ArtifactSpecifications() {
    }

    static Specification<Artifact> matching(ArtifactFilter f) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (f.text() != null && !f.text().isBlank()) {
                String like = TextSearch.likePattern(f.text());
                String prefix = f.text().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("objectNumber")), prefix, '\\'),
                        cb.like(cb.lower(root.get("titleZh")), like, '\\'),
                        cb.like(cb.lower(root.get("titleEn")), like, '\\')));
            }
            if (f.status() != null) {
                predicates.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.classification() != null && !f.classification().isBlank()) {
                predicates.add(cb.equal(root.join("classification", JoinType.INNER).get("code"), f.classification()));
            }
            if (f.makerId() != null) {
                Join<Artifact, MakerCredit> makers = root.join("makers", JoinType.INNER);
                predicates.add(cb.equal(makers.get("agent").get("id"), f.makerId()));
                query.distinct(true);
            }
            if (f.material() != null && !f.material().isBlank()) {
                Join<Artifact, TermLink> terms = root.join("terms", JoinType.INNER);
                predicates.add(cb.equal(terms.get("field"), TermField.MATERIAL));
                predicates.add(cb.equal(terms.get("term").get("code"), f.material()));
                query.distinct(true);
            }
            if (f.yearFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("dateLatest"), f.yearFrom()));
            }
            if (f.yearTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("dateEarliest"), f.yearTo()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
