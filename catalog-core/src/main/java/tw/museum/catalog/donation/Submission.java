package tw.museum.catalog.donation;

/** The number a new offer got; {@code repeated} when the same form had already made it. */
public record Submission(String number, boolean repeated) {
}
