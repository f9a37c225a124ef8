package tw.museum.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Classes of characters that mean the same to a searcher, read from OpenCC's dictionaries (shipped in the
 * opencc4j package): traditional ↔ simplified (TSCharacters), and the Taiwan, Hong Kong and Japanese variant
 * tables. Every single-character mapping joins its two characters into one class; multi-candidate entries
 * (乾 → 乾 干) join only the first candidate, the one OpenCC prefers, so unrelated meanings do not merge.
 * Characters outside the Basic Multilingual Plane are left out: both backends fold one UTF-16 unit at a time.
 */
final class OpenCcCharacterClasses {
    static final String TRADITIONAL_TO_SIMPLIFIED = "TSCharacters.txt";
    static final List<String> VARIANTS = List.of("TWVariants.txt", "HKVariants.txt", "JPVariants.txt");
    private static final String FOLDER = "/data/dictionary/";

    private final Map<Character, Character> parent = new HashMap<>();
    /** Traditional → preferred simplified, used to choose each class's canonical member. */
    private final Map<Character, Character> simplified = new HashMap<>();

    private OpenCcCharacterClasses() {
    }

    /** Reads the dictionaries and adds the pairs OpenCC lacks. */
    static OpenCcCharacterClasses load(Map<Character, Character> supplement) {
        OpenCcCharacterClasses classes = new OpenCcCharacterClasses();
        classes.read(TRADITIONAL_TO_SIMPLIFIED, true);
        VARIANTS.forEach(file -> classes.read(file, false));
        supplement.forEach(classes::join);
        return classes;
    }

    /** Every folded character → the canonical member of its class (characters that stay put are absent). */
    Map<Character, Character> canonicalForms() {
        Map<Character, java.util.List<Character>> members = new HashMap<>();
        for (Character c : parent.keySet()) {
            members.computeIfAbsent(root(c), r -> new java.util.ArrayList<>()).add(c);
        }
        Map<Character, Character> canonical = new HashMap<>();
        for (List<Character> group : members.values()) {
            Character chosen = choose(group);
            group.stream().filter(c -> !c.equals(chosen)).forEach(c -> canonical.put(c, chosen));
        }
        return canonical;
    }

    /**
     * The member most others simplify to, and that does not simplify itself: 臺, 台, 檯, 颱 → 台; ties by code
     * point, so the choice never depends on reading order.
     */
    private Character choose(List<Character> group) {
        Map<Character, Integer> votes = new HashMap<>();
        group.forEach(c -> {
            Character s = simplified.get(c);
            if (s != null && group.contains(s)) {
                votes.merge(s, 1, Integer::sum);
            }
        });
        return group.stream().min(java.util.Comparator
                .comparing((Character c) -> simplified.containsKey(c) && !simplified.get(c).equals(c) ? 1 : 0)
                .thenComparing(c -> -votes.getOrDefault(c, 0))
                .thenComparing(c -> c)).orElseThrow();
    }

    private void read(String file, boolean traditionalToSimplified) {
        try (InputStream in = OpenCcCharacterClasses.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC dictionary " + file + " is missing from the classpath (opencc4j)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String[] parts = line.strip().split("[\\t ]+");
                if (parts.length < 2 || parts[0].startsWith("#") || parts[0].length() != 1 || parts[1].length() != 1) {
                    continue;
                }
                char from = parts[0].charAt(0);
                char to = parts[1].charAt(0);
                if (traditionalToSimplified) {
                    simplified.put(from, to);
                }
                if (parts.length == 2 || traditionalToSimplified) {
                    join(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void join(char a, char b) {
        char ra = root(a);
        char rb = root(b);
        if (ra != rb) {
            parent.put(ra, rb);
        }
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        parent.putIfAbsent(rb, rb);
    }

    private char root(char c) {
        char r = c;
        while (true) {
            Character p = parent.get(r);
            if (p == null || p == r) {
                return r;
            }
            r = p;
        }
    }
}
