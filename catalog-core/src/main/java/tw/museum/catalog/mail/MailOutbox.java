package tw.museum.catalog.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.common.RecordNotFoundException;

/**
 * The mail outbox. {@link #enqueue} joins the caller's transaction, so a mail exists exactly when the
 * change it announces committed. Senders (one per application node) {@link #claim} due mails, deliver
 * them outside any transaction and report {@link #sent} or {@link #failed}: a failure is retried after
 * {@code backoff × 2^(attempts-1)} (at most {@code max-backoff}), and after {@code max-attempts} the mail
 * is FAILED, listed for staff, who may {@link #retry} it.
 *
 * <p>A claim lasts {@code claim-lease}; a node that dies while sending leaves the mail to be claimed again
 * after it, so a mail is delivered at least once and, unless a node dies mid-send, exactly once.
 */
@Service
public class MailOutbox {

    private final OutboxMailRepository mails;
    private final Clock clock;
    private final Duration backoff;
    private final Duration maxBackoff;
    private final int maxAttempts;
    private final Duration lease;
    private final Duration keepSent;

    public MailOutbox(OutboxMailRepository mails, Clock clock,
                      @Value("${museum.mail.outbox.backoff:PT1M}") Duration backoff,
                      @Value("${museum.mail.outbox.max-backoff:PT6H}") Duration maxBackoff,
                      @Value("${museum.mail.outbox.max-attempts:8}") int maxAttempts,
                      @Value("${museum.mail.outbox.claim-lease:PT5M}") Duration lease,
                      @Value("${museum.mail.outbox.keep-sent:P30D}") Duration keepSent) {
        this.mails = mails;
        this.clock = clock;
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
        this.maxAttempts = maxAttempts;
        this.lease = lease;
        this.keepSent = keepSent;
    }

    /** Queues a mail in the caller's transaction (there must be one: the mail belongs to a change). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        return mails.save(new OutboxMail(mail, clock.instant())).getId();
    }

    /** Claims up to {@code limit} mails due at {@code now} for {@code node}; each is claimed by one node only. */
    @Transactional
    public List<OutboxMailView> claim(String node, int limit, Instant now) {
        List<OutboxMailView> claimed = new ArrayList<>();
        for (Long id : mails.due(now, PageRequest.of(0, limit))) {
            if (mails.claim(id, node, now, now.plus(lease)) == 1) {
                claimed.add(mails.findById(id).orElseThrow().view());
            }
        }
        return claimed;
    }

    @Transactional
    public void sent(long id, String node) {
        mine(id, node).sent(clock.instant());
    }

    /** Records a failed delivery; returns the status the mail is left in (PENDING to retry, or FAILED). */
    @Transactional
    public MailStatus failed(long id, String node, String error, Instant now) {
        OutboxMail mail = mine(id, node);
        boolean permanent = mail.getAttempts() + 1 >= maxAttempts;
        mail.failed(error, now.plus(backoffAfter(mail.getAttempts() + 1)), permanent);
        return mail.getStatus();
    }

    Duration backoffAfter(int attempts) {
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** Staff send a FAILED mail again (after fixing the address or the mail server). */
    @Transactional
    public void retry(long id) {
        OutboxMail mail = mails.findById(id).orElseThrow(() -> new RecordNotFoundException("mail", id));
        if (mail.getStatus() == MailStatus.FAILED) {
            mail.retryNow(clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public List<OutboxMailView> list(MailStatus status, int limit) {
        return mails.findByStatusOrderByCreatedAtDesc(status, PageRequest.of(0, limit)).stream()
                .map(OutboxMail::view).toList();
    }

    @Transactional(readOnly = true)
    public long count(MailStatus status) {
        return mails.countByStatus(status);
    }

    @Transactional(readOnly = true)
    public List<OutboxMailView> byTopic(String topic) {
        return mails.findByTopicOrderByCreatedAtAsc(topic).stream().map(OutboxMail::view).toList();
    }

    @Transactional(readOnly = true)
    public OutboxMailView get(long id) {
        return mails.findById(id).map(OutboxMail::view).orElseThrow(() -> new RecordNotFoundException("mail", id));
    }

    /** Sent mails hold addresses (personal data): they are kept only {@code keep-sent}. */
    @Transactional
    public int purgeSent() {
        return mails.deleteSentBefore(clock.instant().minus(keepSent));
    }

    /** Deletes every mail about {@code topic} (its personal data is being erased). */
    @Transactional
    public int forget(String topic) {
        return mails.deleteByTopic(topic);
    }

    private OutboxMail mine(long id, String node) {
        OutboxMail mail = mails.findById(id).orElseThrow(() -> new RecordNotFoundException("mail", id));
        if (!node.equals(mail.getClaimedBy())) {
            throw new IllegalStateException("Mail " + id + " is not claimed by " + node);
        }
        return mail;
    }
}
