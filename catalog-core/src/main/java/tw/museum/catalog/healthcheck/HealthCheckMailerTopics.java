package tw.museum.catalog.healthcheck;

/** The outbox topic of a case's mails, shared by the mailer (public-site) and the retention rule. */
public final class HealthCheckMailerTopics {

    private HealthCheckMailerTopics() {
    }

    public static String topic(String caseNumber) {
        return "health-check:" + caseNumber;
    }
}
