package tw.museum.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.museum.search.api.SearchRequest;
import tw.museum.search.api.SearchResult;
import tw.museum.search.document.RelevanceWeights;

/**
 * Typo tolerance that never costs a correct query anything, the same for every backend: the query runs exactly
 * first; only when it finds fewer than {@link RelevanceWeights#TYPO_FALLBACK_BELOW} entries are its words checked
 * one by one, and the words that match nothing anywhere (not the phrases) are retried by edit distance and by the
 * spelling the index offers. Exact matches still rank first. The result says it is approximate and carries the
 * corrected query ("did you mean"). A backend supplies the three engine operations.
 */
public final class ForgivingSearch {

    /** What a backend does for this; each call is one engine request (or a few cheap index reads). */
    public interface Engine {
        SearchResult run(SearchRequest request, ParsedQuery parsed, Leniency leniency);

        /** For each clause, whether it alone matches any entry this audience may see among the searched types. */
        boolean[] clausesFound(SearchRequest request, ParsedQuery parsed);

        /** The words of each clause (by index) the spelling words lack, with the spellings offered. */
        Map<Integer, List<UnknownWord>> unknownWords(SearchRequest request, Map<Integer, String> clauses);
    }

    private ForgivingSearch() {
    }

    public static SearchResult search(Engine engine, SearchRequest request, ParsedQuery parsed) {
        SearchResult exact = engine.run(request, parsed, Leniency.NONE);
        if (exact.total() >= RelevanceWeights.TYPO_FALLBACK_BELOW || parsed.matchAll()) {
            return exact;
        }
        boolean[] found = engine.clausesFound(request, parsed);
        Set<Integer> unknown = new LinkedHashSet<>();
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < parsed.clauses().size(); i++) {
            QueryClause clause = parsed.clauses().get(i);
            if (!found[i] && !clause.phrase()) {
                unknown.add(i);
                texts.put(i, clause.text());
            }
        }
        if (unknown.isEmpty()) {
            return exact;
        }
        Map<Integer, String> corrections = corrections(texts, engine.unknownWords(request, texts));
        String didYouMean = didYouMean(parsed, corrections);
        SearchResult approximate = engine.run(request, parsed, new Leniency(unknown, corrections));
        if (approximate.total() == 0) {
            return exact.withDidYouMean(didYouMean);
        }
        return approximate.asApproximate(didYouMean);
    }

    /** Each clause with its unknown words replaced by their best spelling, where one is offered. */
    static Map<Integer, String> corrections(Map<Integer, String> texts, Map<Integer, List<UnknownWord>> unknown) {
        Map<Integer, String> corrections = new HashMap<>();
        unknown.forEach((clause, words) -> {
            String text = texts.get(clause);
            StringBuilder out = new StringBuilder(text);
            boolean changed = false;
            List<UnknownWord> fromEnd = new ArrayList<>(words);
            fromEnd.sort(Comparator.comparingInt(UnknownWord::start).reversed());
            for (UnknownWord word : fromEnd) {
                // Chinese words are folded (to simplified forms) in the index: offering them would rewrite the visitor's script.
                SpellingOption best = word.term().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        ? null : best(word.options());
                if (best != null && word.start() >= 0 && word.end() <= out.length() && word.start() < word.end()) {
                    out.replace(word.start(), word.end(), best.term());
                    changed = true;
                }
            }
            if (changed) {
                corrections.put(clause, out.toString());
            }
        });
        return corrections;
    }

    /** Most similar, then most frequent, then alphabetical: the same pick whichever engine listed the options. */
    static SpellingOption best(List<SpellingOption> options) {
        return options.stream().min(Comparator.comparing((SpellingOption o) -> -o.score())
                .thenComparing(o -> -o.frequency()).thenComparing(SpellingOption::term)).orElse(null);
    }

    private static String didYouMean(ParsedQuery parsed, Map<Integer, String> corrections) {
        if (corrections.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < parsed.clauses().size(); i++) {
            QueryClause clause = parsed.clauses().get(i);
            String text = corrections.getOrDefault(i, clause.text());
            parts.add(clause.phrase() ? "\"" + text + "\"" : text);
        }
        return String.join(" ", parts);
    }
}
