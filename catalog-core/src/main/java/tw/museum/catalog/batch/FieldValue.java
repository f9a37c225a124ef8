package tw.museum.catalog.batch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.vocabulary.TermRef;

/**
 * A field's value on one record, as the preview shows it and the undo puts it back: parts with a code and a
 * label (vocabulary terms), a code alone (a status, a licence address) or a label alone (a bilingual text).
 */
public record FieldValue(List<Part> parts) {

    public static final FieldValue EMPTY = new FieldValue(List.of());

    public record Part(String code, Bilingual label) {
    }

    public FieldValue {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public static FieldValue ofTerms(List<TermRef> terms) {
        return new FieldValue(terms.stream().filter(Objects::nonNull).map(t -> new Part(t.code(), t.label())).toList());
    }

    public static FieldValue ofTerm(TermRef term) {
        return term == null ? EMPTY : ofTerms(List.of(term));
    }

    public static FieldValue ofCode(String code) {
        return code == null || code.isBlank() ? EMPTY : new FieldValue(List.of(new Part(code, null)));
    }

    public static FieldValue ofText(Bilingual text) {
        return text == null || text.isEmpty() ? EMPTY : new FieldValue(List.of(new Part(null, text)));
    }

    @JsonIgnore
    public List<String> codes() {
        return parts.stream().map(Part::code).filter(Objects::nonNull).toList();
    }

    /** The first code, or null. */
    @JsonIgnore
    public String code() {
        List<String> codes = codes();
        return codes.isEmpty() ? null : codes.get(0);
    }

    /** The text of a text value (empty when there is none). */
    @JsonIgnore
    public Bilingual text() {
        return parts.stream().filter(p -> p.code() == null && p.label() != null).map(Part::label).findFirst()
                .orElse(Bilingual.empty());
    }

    @JsonIgnore
    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The same value, whatever the labels say: codes where there are codes, otherwise texts, in order. */
    public boolean sameAs(FieldValue other) {
        return identity().equals(other.identity());
    }

    private List<Object> identity() {
        return parts.stream().map(p -> p.code() != null ? (Object) p.code() : p.label()).toList();
    }
}
