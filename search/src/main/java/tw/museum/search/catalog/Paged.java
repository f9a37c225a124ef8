package tw.museum.search.catalog;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.data.domain.Page;

/** Reads a catalogue listing a page at a time, so memory stays flat however large the collection. */
final class Paged {
    private Paged() {
    }

    static <T> Stream<T> stream(IntFunction<Page<T>> pages) {
        Iterator<T> iterator = new Iterator<>() {
            private int page;
            private List<T> current = List.of();
            private int position;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (position >= current.size()) {
                    if (exhausted) {
                        return false;
                    }
                    Page<T> next = pages.apply(page++);
                    current = next.getContent();
                    position = 0;
                    exhausted = !next.hasNext();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.get(position++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }
}
