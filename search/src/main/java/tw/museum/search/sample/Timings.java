package tw.museum.search.sample;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the search benchmarks report per operation: wall time and CPU time (the machine is shared, so CPU time is
 * the cost without competition), as p50/p95/p99/max, with the machine's load average.
 */
public final class Timings {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long[] wall;
    private final long[] cpu;
    private int n;

    public Timings(int capacity) {
        this.wall = new long[capacity];
        this.cpu = new long[capacity];
    }

    public void add(long wallNanos, long cpuNanos) {
        wall[n] = wallNanos;
        cpu[n] = cpuNanos;
        n++;
    }

    /** CPU time this thread has used so far, in nanoseconds. */
    public static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** CPU time the whole process (every thread) has used so far, in nanoseconds. */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * "wall p50 … ms; CPU p50 …" for the operations added so far. Per-operation CPU needs a thread's own clock
     * (the process clock on Linux ticks in 10 ms steps); with a null label only the wall times are given.
     */
    public String summary(String cpuLabel) {
        long[] w = Arrays.copyOf(wall, n);
        long[] c = Arrays.copyOf(cpu, n);
        Arrays.sort(w);
        Arrays.sort(c);
        String wallTimes = String.format(Locale.ROOT, "wall p50 %.2f / p95 %.2f / p99 %.2f / max %.2f ms; ",
                pct(w, 50), pct(w, 95), pct(w, 99), n == 0 ? 0 : w[n - 1] / 1e6);
        String cpuTimes = cpuLabel == null ? "" : String.format(Locale.ROOT, "%s p50 %.2f / p95 %.2f / p99 %.2f ms; ",
                cpuLabel, pct(c, 50), pct(c, 95), pct(c, 99));
        return wallTimes + cpuTimes + String.format(Locale.ROOT, "load average %.1f", loadAverage());
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
