package tw.museum.search;

import java.time.Clock;
import tw.museum.search.analysis.ChineseCharFolding;
import tw.museum.search.analysis.KeywordNormalizer;
import tw.museum.search.analysis.MuseumAnalyzers;
import tw.museum.search.document.DocumentCodec;
import tw.museum.search.document.DocumentFields;
import tw.museum.search.query.QueryTextParser;
import tw.museum.search.query.SearchRequestValidator;
import tw.museum.search.query.SuggestionRanker;

/**
 * The backend-neutral parts every backend needs, built once (the folding table takes a moment to read
 * from ICU). A Spring configuration can expose this as one bean.
 */
public record SearchComponents(
        ChineseCharFolding folding,
        KeywordNormalizer normalizer,
        MuseumAnalyzers analyzers,
        DocumentFields fields,
        DocumentCodec codec,
        SearchRequestValidator validator,
        SuggestionRanker suggestionRanker,
        Clock clock) {

    public static SearchComponents create() {
        return create(Clock.systemUTC());
    }

    /** With the clock that decides when scheduled entries (learning units) become public. */
    public static SearchComponents create(Clock clock) {
        ChineseCharFolding folding = new ChineseCharFolding();
        KeywordNormalizer normalizer = new KeywordNormalizer(folding);
        return new SearchComponents(folding, normalizer, new MuseumAnalyzers(folding), new DocumentFields(normalizer),
                new DocumentCodec(), new SearchRequestValidator(new QueryTextParser(normalizer)),
                new SuggestionRanker(normalizer), clock);
    }
}
