package tw.museum.catalog.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests that move time ("publish tomorrow", reminders due in 30 days): the real
 * time shifted by an offset the test sets, so nothing waits. Ticks in microseconds like the production clock.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final Clock base = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving instant, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    public void advance(Duration duration) {
        offset.updateAndGet(o -> o.plus(duration));
    }

    /** Moves the clock so that it is now {@code day} (at the current time of day) in {@code zone}. */
    public void setDay(LocalDate day, ZoneId zone) {
        LocalDate real = LocalDate.ofInstant(base.instant(), zone);
        offset.set(Duration.ofDays(day.toEpochDay() - real.toEpochDay()));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }
}
