package tw.museum.importer.mapping;

/**
 * A vocabulary term as a source names it: its labels, and its code when the source has one (LIDO);
 * otherwise the code is made from the English (or Chinese) label.
 */
public record TermLabel(String code, String zh, String en) {

    public TermLabel(String zh, String en) {
        this(null, zh, en);
    }
}
