package tw.museum.catalog.healthcheck;

import java.util.List;

/** Satisfaction over a period: how many answered, the average rating (0 when none), the answers, newest first. */
public record SurveyResults(int count, double average, List<SurveyAnswer> answers) {
}
