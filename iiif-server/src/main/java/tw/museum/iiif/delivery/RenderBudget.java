package tw.museum.iiif.delivery;

import java.util.concurrent.Semaphore;

/**
 * Bounds the pixels being decoded and transformed at once, so concurrent large requests queue instead of
 * exhausting the heap. One permit = one megapixel in flight (about 16 bytes each across the stages).
 */
public class RenderBudget {

    private static final long BYTES_PER_PIXEL_IN_FLIGHT = 16;

    private final Semaphore permits;
    private final int capacity;

    public RenderBudget(long maxHeapBytes) {
        this.capacity = (int) Math.max(8, maxHeapBytes / 2 / BYTES_PER_PIXEL_IN_FLIGHT / 1_000_000);
        this.permits = new Semaphore(capacity, true);
    }

    public int acquire(long pixels) throws InterruptedException {
        int n = (int) Math.min(capacity, Math.max(1, (pixels + 999_999) / 1_000_000));
        permits.acquire(n);
        return n;
    }

    public void release(int n) {
        permits.release(n);
    }
}
