package tw.museum.site.opendata.dump;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Regenerates the bulk dump on a schedule ({@code museum.opendata.dump-schedule}, a cron expression). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DumpSchedule {

    private static final Logger log = LoggerFactory.getLogger(DumpSchedule.class);

    private final DumpFiles files;

    DumpSchedule(DumpFiles files) {
        this.files = files;
    }

    @Scheduled(cron = "${museum.opendata.dump-schedule:0 30 3 * * *}")
    void regenerate() {
        long count = files.generate();
        log.info("Open data dump regenerated: {} published records", count);
    }
}
