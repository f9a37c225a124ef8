package tw.museum.catalog.loan;

/** The number a new loan application got; {@code repeated} when the same form had already made it. */
public record Submission(String number, boolean repeated) {
}
