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
 * one by one, and the clauses that match nothing anywhere (not the phrases) are retried with the spellings the
 * index offers for their unknown words (words of published text within two edits: one cheap look-up per word, where
 * expanding every word by edit distance in every field cost a hundred milliseconds and more). Exact matches
 * still rank first. The result says it is approximate and carries the corrected query ("did you mean"). A backend supplies the three engine operations.
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
        Map<Integer, List<String>> spellings = spellings(texts, engine.unknownWords(request, texts));
        Map<Integer, String> best = new HashMap<>();
        spellings.forEach((clause, respelt) -> best.put(clause, respelt.get(0)));
        String didYouMean = didYouMean(parsed, best);
        SearchResult approximate = engine.run(request, parsed, new Leniency(unknown, spellings));
        if (approximate.total() == 0) {
            return exact.withDidYouMean(didYouMean);
        }
        return approximate.asApproximate(didYouMean);
    }

    /**
     * Each clause respelt with the words the index offers for its unknown words, best spelling first: the k-th
     * text puts each unknown word's k-th best option (or its last one) in its place. Chinese words are folded (to
     * simplified forms) in the index: offering them would rewrite the visitor's script, so they stay as typed.
     * Clauses with nothing to offer are absent.
     */
    static Map<Integer, List<String>> spellings(Map<Integer, String> texts, Map<Integer, List<UnknownWord>> unknown) {
        Map<Integer, List<String>> spellings = new HashMap<>();
        unknown.forEach((clause, words) -> {
            String text = texts.get(clause);
            List<UnknownWord> fromEnd = new ArrayList<>();
            for (UnknownWord word : words) {
                boolean han = word.term().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                if (!han && !word.options().isEmpty() && word.start() >= 0 && word.end() <= text.length() && word.start() < word.end()) {
                    fromEnd.add(word);
                }
            }
            if (fromEnd.isEmpty()) {
                return;
            }
            fromEnd.sort(Comparator.comparingInt(UnknownWord::start).reversed());
            int variants = fromEnd.stream().mapToInt(w -> w.options().size()).max().orElse(0);
            Set<String> respelt = new LinkedHashSet<>();
            for (int k = 0; k < variants; k++) {
                StringBuilder out = new StringBuilder(text);
                for (UnknownWord word : fromEnd) {
                    List<SpellingOption> ranked = ranked(word.options());
                    out.replace(word.start(), word.end(), ranked.get(Math.min(k, ranked.size() - 1)).term());
                }
                respelt.add(out.toString());
            }
            spellings.put(clause, List.copyOf(respelt));
        });
        return spellings;
    }

    /** Most similar, then most frequent, then alphabetical: the same order whichever engine listed the options. */
    static List<SpellingOption> ranked(List<SpellingOption> options) {
        return options.stream().sorted(Comparator.comparing((SpellingOption o) -> -o.score())
                .thenComparing(o -> -o.frequency()).thenComparing(SpellingOption::term)).toList();
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
