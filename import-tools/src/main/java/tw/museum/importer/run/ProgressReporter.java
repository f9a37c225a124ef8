package tw.museum.importer.run;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress for people: a bar with rate and time left on a terminal, plain lines every few seconds
 * otherwise (logs, CI, pipes), where a redrawn bar would be noise.
 */
final class ProgressReporter implements AutoCloseable {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final ProgressBar bar;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private long lastLine = start;
    private long done;

    ProgressReporter(boolean terminal, PrintStream out) {
        this.out = out;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName("Importing").setStyle(ProgressBarStyle.ASCII)
                .setUnit(" records", 1).showSpeed().setInitialMax(-1).build() : null;
    }

    void step() {
        done++;
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= PLAIN_EVERY_NANOS) {
            lastLine = now;
            double seconds = (now - start) / 1e9;
            out.printf("... %d records, %.0f records/s%n", done, done / seconds);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
