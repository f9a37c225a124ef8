package tw.museum.catalog.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.catalog.vocabulary.Vocabulary;

/** Looks up the terms a batch names in one vocabulary, with their labels; unknown codes are problems. */
final class VocabularyTerms {

    private final TermService terms;
    private final Vocabulary vocabulary;

    VocabularyTerms(TermService terms, Vocabulary vocabulary) {
        this.terms = terms;
        this.vocabulary = vocabulary;
    }

    FieldValue resolve(List<String> codes, boolean refuseRetired, Checks checks) {
        if (codes.isEmpty()) {
            checks.add("value.codes", "required");
        }
        List<FieldValue.Part> parts = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Optional<TermView> term = terms.lookup(vocabulary, codes.get(i));
            if (term.isEmpty()) {
                checks.add("value.codes[" + i + "]", "unknown-term", codes.get(i), vocabulary.slug());
            } else if (refuseRetired && term.get().retired()) {
                checks.add("value.codes[" + i + "]", "batch-retired-term", codes.get(i));
            } else {
                parts.add(new FieldValue.Part(term.get().code(), term.get().label()));
            }
        }
        return new FieldValue(parts);
    }
}
