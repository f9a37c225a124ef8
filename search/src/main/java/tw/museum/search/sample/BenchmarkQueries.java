package tw.museum.search.sample;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import tw.museum.search.api.Facet;
import tw.museum.search.api.SortOrder;

/**
 * The query mixes the search benchmarks send, as web parameters of {@code /api/v1/search} (so the in-process
 * benchmark parses them with the API's own parser and the HTTP benchmark sends them as they are). Words the M+
 * records use, in Chinese and English, maker names, phrases and object-number prefixes; seeded, so runs compare.
 */
public final class BenchmarkQueries {
    private static final String[] WORDS = {"香港", "海報", "攝影", "建築", "模型", "住宅", "台灣", "台北", "北京", "設計", "椅", "書籍",
            "poster", "photograph", "model", "house", "chair", "Hong Kong", "Taipei", "design", "architecture", "book",
            "呂壽琨", "福田繁雄", "Wang Dahong", "Paul Rudolph", "ink", "street", "\"Cantonese Opera\"", "2012.1", "CA76/1"};
    /** Misspellings of words the records use: each finds nothing exactly, so the typo-tolerant retry runs. */
    private static final String[] TYPOS = {"photograhp", "postre", "Hong Kogn", "archtecture", "chiar", "desgin", "Cantonse Opera",
            "Wang Dahnog", "Paul Rudoplh", "lanturn", "cocktial dress", "strete", "modle house", "Taipie"};
    private static final List<Facet> FACETS = List.of(Facet.CLASSIFICATION, Facet.MAKER, Facet.MATERIAL, Facet.DECADE, Facet.HAS_IMAGE);

    private BenchmarkQueries() {
    }

    /**
     * The usual mix, each with five facets and 20 a page: mostly one or two words; 10% match-all; some with a
     * filter, a year range, a sort, page 3, or all entry types (objects and people together).
     */
    public static List<Map<String, List<String>>> typical(int count, long seed) {
        Random random = new Random(seed);
        List<Map<String, List<String>>> mix = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            String q = WORDS[random.nextInt(WORDS.length)];
            if (kind < 2) {
                q = q + " " + WORDS[random.nextInt(WORDS.length)];
            }
            Map<String, List<String>> p = withFacets(kind == 9 ? "" : q);
            switch (kind) {
                case 3 -> p.put("filter." + Facet.HAS_IMAGE.parameterName(), List.of("true"));
                case 4 -> {
                    p.put("yearFrom", List.of("1950"));
                    p.put("yearTo", List.of("1999"));
                }
                case 5 -> p.put("sort", List.of(SortOrder.YEAR_DESC.parameterName()));
                case 6 -> p.put("page", List.of("3"));
                case 7 -> p.put("type", List.of("all"));
                default -> {
                }
            }
            mix.add(p);
        }
        return mix;
    }

    /** Misspelt queries with the five facets, in turn: each takes the whole typo-tolerant path. */
    public static List<Map<String, List<String>>> typos(int count) {
        List<Map<String, List<String>>> mix = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mix.add(withFacets(TYPOS[i % TYPOS.length]));
        }
        return mix;
    }

    /** The parameters as a URL query string. */
    public static String queryString(Map<String, List<String>> parameters) {
        return parameters.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, List<String>> withFacets(String q) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("q", List.of(q));
        p.put("pageSize", List.of("20"));
        p.put("facet", FACETS.stream().map(Facet::parameterName).toList());
        return p;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
