package tw.museum.search.api;

/** A completion for what the user is typing: a title or maker name, with the object it came from. */
public record Suggestion(String text, Kind kind, String objectNumber) {
    public enum Kind { TITLE, MAKER }
}
