package tw.museum.catalog.healthcheck;

import java.time.Instant;

/** One satisfaction answer: 1 (poor) to 5 (excellent), an optional comment; no case number, no requester. */
public record SurveyAnswer(int rating, String comment, Instant submittedAt) {
}
