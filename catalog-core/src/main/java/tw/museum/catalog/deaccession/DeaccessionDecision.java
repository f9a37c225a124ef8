package tw.museum.catalog.deaccession;

import java.time.LocalDate;

/** The committee's decision: approved or refused, the meeting's date, the minute's reference, a note. */
public record DeaccessionDecision(DecisionOutcome outcome, LocalDate date, String minuteReference, String note) {
}
