package tw.museum.importer.run;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress for people: a bar with rate (and time left, when the total is known) on a terminal, plain lines
 * every few seconds otherwise (logs, CI, pipes), where a redrawn bar would be noise.
 */
public final class ProgressReporter implements AutoCloseable {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final ProgressBar bar;
    private final PrintStream out;
    private final CliText text;
    private final long start = System.nanoTime();
    private long lastLine = start;
    private long done;

    public ProgressReporter(boolean terminal, PrintStream out, CliText text, long total) {
        this.out = out;
        this.text = text;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName(text.get("progress.task")).setStyle(ProgressBarStyle.ASCII)
                .setUnit(text.get("progress.unit"), 1).showSpeed().setInitialMax(total).build() : null;
    }

    public void step(long records) {
        done += records;
        if (bar != null) {
            bar.stepBy(records);
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= PLAIN_EVERY_NANOS) {
            lastLine = now;
            double seconds = (now - start) / 1e9;
            out.println(text.get("progress.line", done, Math.round(done / seconds)));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
