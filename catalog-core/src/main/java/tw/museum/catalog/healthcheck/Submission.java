package tw.museum.catalog.healthcheck;

/**
 * The answer to a submitted request. {@code accessCode} is the only time the code exists in clear; it is
 * null when the same form had already been submitted ({@code repeated}): that code was shown and emailed then.
 */
public record Submission(String number, String accessCode, boolean repeated) {
}
