package tw.museum.site.healthcheck;

import tw.museum.site.support.TestMailServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.healthcheck.CaseRequest;
import tw.museum.catalog.healthcheck.RequesterType;
import tw.museum.catalog.healthcheck.ServiceKind;
import tw.museum.catalog.healthcheck.Submission;
import tw.museum.catalog.mail.MailOutbox;
import tw.museum.catalog.mail.MailStatus;
import tw.museum.catalog.mail.OutboxMailView;

/** The outbox against a real SMTP server that goes down: the mail waits, is retried, and arrives once. */
class MailOutboxDeliveryTest extends HealthCheckTestBase {

    @Autowired
    MailOutbox outbox;

    @Test
    void mailToADownServerIsRetriedAndDeliveredOnceWhenItIsBack() throws Exception {
        String email = email();
        TestMailServer.stop();
        Submission submission;
        try {
            submission = service.submit(new CaseRequest(RequesterType.COLLECTOR, NAME_MARKER, null, email, null, null,
                    true, "2026-1", 1, "青花瓷盤", null, null, null, EnumSet.of(ServiceKind.HEALTH_CHECK), false, null,
                    LocalDate.now().plusDays(5), null, "zh-TW", null));
            String topic = HealthCheckMailer.TOPIC + submission.number();
            OutboxMailView waiting = waitFor(topic, m -> m.attempts() >= 2);
            assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
            assertThat(waiting.lastError()).isNotBlank();
        } finally {
            TestMailServer.restart();
        }

        List<jakarta.mail.internet.MimeMessage> received = TestMailServer.to(email, 1, Duration.ofSeconds(10));
        assertThat(received).hasSize(1);
        assertThat(TestMailServer.text(received.get(0))).contains(submission.number(), submission.accessCode());
        OutboxMailView sent = waitFor(HealthCheckMailer.TOPIC + submission.number(), m -> m.status() == MailStatus.SENT);
        assertThat(sent.attempts()).isGreaterThanOrEqualTo(3);
        // several more polls pass: nothing is sent twice
        assertThat(TestMailServer.to(email, 2, Duration.ofSeconds(1))).hasSize(1);
    }

    private OutboxMailView waitFor(String topic, Predicate<OutboxMailView> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<OutboxMailView> mails = outbox.byTopic(topic);
            if (mails.size() == 1 && condition.test(mails.get(0))) {
                return mails.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The outbox never reached the expected state for " + topic + ": " + outbox.byTopic(topic));
    }
}
