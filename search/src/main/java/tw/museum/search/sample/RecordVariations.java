package tw.museum.search.sample;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchDocument;

/**
 * Any number of realistic documents from the M+ records: copy k of record i keeps its makers and
 * classification, gets a new object number, a shifted date, the description of another record and every
 * twentieth one is a draft. Deterministic, so runs are comparable.
 */
public final class RecordVariations implements Iterator<SearchDocument> {
    private final List<SearchDocument> base;
    private final int total;
    private int next;

    public RecordVariations(List<SearchDocument> base, int total) {
        this.base = base;
        this.total = total;
    }

    @Override
    public boolean hasNext() {
        return next < total;
    }

    @Override
    public SearchDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int i = next % base.size();
        int copy = next / base.size();
        next++;
        SearchDocument d = base.get(i);
        if (copy == 0) {
            return d;
        }
        SearchDocument other = base.get((int) ((i + copy * 7919L) % base.size()));
        Integer from = d.earliestYear() == null ? null : d.earliestYear() + copy;
        Integer to = d.latestYear() == null ? null : d.latestYear() + copy;
        return new SearchDocument(d.objectNumber() + "-V" + copy, d.titleZh() == null ? null : d.titleZh() + " " + copy,
                d.titleEn() == null ? null : d.titleEn() + " (variant " + copy + ")", d.objectName(), d.classification(), d.makers(),
                other.materials(), d.techniques(), d.subjects(), d.places(), other.descriptionZh(), other.descriptionEn(),
                d.dateDisplay(), from, to, (i + copy) % 3 != 0, next % 20 == 0 ? PublicationStatus.DRAFT : PublicationStatus.PUBLISHED,
                "Store " + (i % 40), null, d.updatedAt().plusSeconds(copy * 86_400L));
    }
}
