package tw.museum.search.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Applies the one-character-to-one-character folding table as text is read. Every pair in the table maps one
 * UTF-16 unit to one, so offsets need no correction; a flat lookup array replaces the general
 * MappingCharFilter, whose per-character FST walk cost more than the tokenizers after it. Produces the same
 * characters as Elasticsearch's "mapping" char_filter given the same pairs.
 */
final class FoldingCharFilter extends CharFilter {
    private final char[] table;

    FoldingCharFilter(Reader input, char[] table) {
        super(input);
        this.table = table;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = input.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            buffer[i] = table[buffer[i]];
        }
        return read;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
