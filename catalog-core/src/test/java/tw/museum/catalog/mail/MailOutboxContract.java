package tw.museum.catalog.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import tw.museum.catalog.support.CatalogTestBase;

/** The mail outbox on a real database: enqueue in the caller's transaction, claims, retries, giving up. */
@TestPropertySource(properties = {"museum.mail.outbox.backoff=PT1M", "museum.mail.outbox.max-backoff=PT10M",
        "museum.mail.outbox.max-attempts=3", "museum.mail.outbox.claim-lease=PT5M"})
abstract class MailOutboxContract extends CatalogTestBase {

    @Autowired MailOutbox outbox;
    @Autowired TransactionTemplate tx;

    private long enqueue(String topic) {
        return tx.execute(s -> outbox.enqueue(new OutgoingMail("someone@example.org", "主旨", "內文", topic)));
    }

    /** A moment after everything queued so far, so earlier tests' mails are due too and tests stay independent. */
    private static Instant later(int minutes) {
        // microseconds: what both databases keep
        return Instant.now().plus(Duration.ofMinutes(minutes)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    @Test
    void aMailBelongsToATransaction() {
        assertThatThrownBy(() -> outbox.enqueue(new OutgoingMail("a@example.org", "s", "b", "t")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRolledBackChangeLeavesNoMail() {
        String topic = unique("rollback");
        tx.execute(s -> {
            outbox.enqueue(new OutgoingMail("a@example.org", "s", "b", topic));
            s.setRollbackOnly();
            return null;
        });
        assertThat(outbox.byTopic(topic)).isEmpty();
    }

    @Test
    void twoNodesNeverClaimTheSameMail() throws Exception {
        String topic = unique("race");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(enqueue(topic));
        }
        Instant now = later(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<OutboxMailView>>> nodes = List.of(() -> drain("node-a", now), () -> drain("node-b", now));
            List<Long> claimed = new ArrayList<>();
            for (Future<List<OutboxMailView>> f : pool.invokeAll(nodes)) {
                f.get().forEach(m -> claimed.add(m.id()));
            }
            assertThat(claimed).doesNotHaveDuplicates().containsAll(ids);
        } finally {
            pool.shutdownNow();
        }
        // claimed and not released: nobody else takes them within the lease
        assertThat(outbox.claim("node-c", 100, now.plusSeconds(60)))
                .extracting(OutboxMailView::id).doesNotContainAnyElementsOf(ids);
    }

    private List<OutboxMailView> drain(String node, Instant now) {
        List<OutboxMailView> all = new ArrayList<>();
        List<OutboxMailView> batch;
        do {
            batch = outbox.claim(node, 5, now);
            all.addAll(batch);
        } while (!batch.isEmpty());
        return all;
    }

    @Test
    void aFailedMailIsRetriedWithGrowingWaitsThenGivenUpAndCanBeRetriedByStaff() {
        String topic = unique("retry");
        long id = enqueue(topic);
        Instant now = later(2);

        assertThat(claimOne("n1", id, now)).isTrue();
        assertThat(outbox.failed(id, "n1", "connection refused", now)).isEqualTo(MailStatus.PENDING);
        OutboxMailView once = outbox.get(id);
        assertThat(once.attempts()).isEqualTo(1);
        assertThat(once.lastError()).isEqualTo("connection refused");
        assertThat(once.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(claimOne("n1", id, now.plusSeconds(30))).as("not due during the backoff").isFalse();

        Instant second = now.plus(Duration.ofMinutes(1));
        assertThat(claimOne("n1", id, second)).isTrue();
        assertThat(outbox.failed(id, "n1", "connection refused", second)).isEqualTo(MailStatus.PENDING);
        assertThat(outbox.get(id).nextAttemptAt()).as("the wait doubles").isEqualTo(second.plus(Duration.ofMinutes(2)));

        Instant third = second.plus(Duration.ofMinutes(2));
        assertThat(claimOne("n1", id, third)).isTrue();
        assertThat(outbox.failed(id, "n1", "550 no such user", third)).isEqualTo(MailStatus.FAILED);
        assertThat(outbox.list(MailStatus.FAILED, 1000)).extracting(OutboxMailView::id).contains(id);
        assertThat(claimOne("n1", id, third.plus(Duration.ofDays(1)))).as("given up").isFalse();

        outbox.retry(id);
        Instant fourth = Instant.now().plus(Duration.ofMinutes(3));
        assertThat(claimOne("n2", id, fourth)).isTrue();
        outbox.sent(id, "n2");
        OutboxMailView sent = outbox.get(id);
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.body()).as("a delivered body is erased (it may hold an access code)").isEmpty();
        assertThat(sent.sentAt()).isNotNull();
    }

    @Test
    void onlyTheClaimingNodeReportsTheOutcome() {
        long id = enqueue(unique("owner"));
        Instant now = later(4);
        assertThat(claimOne("owner", id, now)).isTrue();
        assertThatThrownBy(() -> outbox.sent(id, "intruder")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClaimOfADeadNodeExpires() {
        long id = enqueue(unique("lease"));
        Instant now = later(5);
        assertThat(claimOne("dead-node", id, now)).isTrue();
        assertThat(claimOne("live-node", id, now.plus(Duration.ofMinutes(6)))).isTrue();
    }

    /** Claims everything due for the node and releases nothing; true when the given mail was among them. */
    private boolean claimOne(String node, long id, Instant now) {
        List<OutboxMailView> all = drain(node, now);
        return all.stream().anyMatch(m -> m.id() == id);
    }
}
