package tw.museum.catalog.vocabulary;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TermRepository extends JpaRepository<Term, Long> {

    Optional<Term> findByVocabularyAndCode(Vocabulary vocabulary, String code);

    List<Term> findByVocabularyAndCodeIn(Vocabulary vocabulary, Collection<String> codes);

    List<Term> findByVocabularyOrderByCode(Vocabulary vocabulary);
}
