package tw.museum.site.linkcheck;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tw.museum.catalog.linkcheck.LinkCheckService;

/**
 * Asks regularly whether the broken-link check is due. Every node asks; the database decides which one
 * runs it (museum.link-check.interval apart), so adding nodes adds no runs.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "museum.link-check.enabled", havingValue = "true", matchIfMissing = true)
class LinkCheckSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(LinkCheckSchedule.class);

    private final LinkCheckService linkCheck;

    LinkCheckSchedule(LinkCheckService linkCheck) {
        this.linkCheck = linkCheck;
    }

    @Scheduled(fixedDelayString = "${museum.link-check.poll:PT10M}", initialDelayString = "${museum.link-check.poll:PT10M}")
    void checkWhenDue() {
        try {
            if (linkCheck.runIfDue()) {
                LOG.info("Link check done: {} links checked, {} broken", linkCheck.checkedCount(), linkCheck.broken().size());
            }
        } catch (RuntimeException e) {
            LOG.warn("Link check failed; it will be tried again", e);
        }
    }
}
