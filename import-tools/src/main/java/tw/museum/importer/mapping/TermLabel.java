package tw.museum.importer.mapping;

/** A vocabulary term as a source names it: its labels; the code is made from the English (or Chinese) label. */
public record TermLabel(String zh, String en) {
}
