package tw.museum.catalog.batch;

import java.util.List;
import tw.museum.catalog.vocabulary.Vocabulary;

/**
 * What kind of value a field takes, so a form knows what to offer: terms of a vocabulary (one or several),
 * a bilingual text, a web address, one of fixed choices, or a place in the location authority.
 */
public record BatchInput(Kind kind, Vocabulary vocabulary, boolean multiple, List<String> choices) {

    public enum Kind { TERMS, TEXT, URL, CHOICE, LOCATION }

    public BatchInput {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static BatchInput terms(Vocabulary vocabulary, boolean multiple) {
        return new BatchInput(Kind.TERMS, vocabulary, multiple, null);
    }

    public static BatchInput of(Kind kind) {
        return new BatchInput(kind, null, false, null);
    }

    public static BatchInput choice(List<String> choices) {
        return new BatchInput(Kind.CHOICE, null, false, choices);
    }
}
