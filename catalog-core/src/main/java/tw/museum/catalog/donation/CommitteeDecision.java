package tw.museum.catalog.donation;

import java.time.LocalDate;

/** The acquisition committee's decision, with the date of the meeting and the minutes' reference. */
public record CommitteeDecision(Verdict decision, LocalDate date, String minutesReference) {
}
