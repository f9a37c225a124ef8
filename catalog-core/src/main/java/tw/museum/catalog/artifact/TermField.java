package tw.museum.catalog.artifact;

import tw.museum.catalog.vocabulary.Vocabulary;

/** The multi-valued vocabulary fields of an artifact, each drawing on its own vocabulary. */
public enum TermField {
    MATERIAL(Vocabulary.MATERIAL, "materials"),
    TECHNIQUE(Vocabulary.TECHNIQUE, "techniques"),
    SUBJECT(Vocabulary.SUBJECT, "subjects");

    private final Vocabulary vocabulary;
    private final String fieldName;

    TermField(Vocabulary vocabulary, String fieldName) {
        this.vocabulary = vocabulary;
        this.fieldName = fieldName;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public String fieldName() {
        return fieldName;
    }
}
