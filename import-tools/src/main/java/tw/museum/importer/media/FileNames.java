package tw.museum.importer.media;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which artifact a file belongs to, from its name. Rules, tried in this order (the first that names an
 * existing artifact wins):
 * <ol>
 * <li>the name without its extension is the object number: {@code 2012.1799.jpg}, {@code D-1.pdf};</li>
 * <li>a '/' in an object number is written '_' or percent-encoded ({@code %2F}):
 *     {@code CA13_3_23.jpg} and {@code CA13%2F3%2F23.jpg} are CA13/3/23;</li>
 * <li>a suffix {@code -N} (or {@code _N}) after the number gives the file's order among the artifact's media:
 *     {@code CA13_3_23-2.jpg} is the second image of CA13/3/23; without a suffix the order is 1.</li>
 * </ol>
 */
public final class FileNames {

    private static final Pattern SUFFIX = Pattern.compile("^(.+?)[-_](\\d{1,3})$");

    private FileNames() {
    }

    /** An object number the file may be for, and the order the name gives. */
    public record Candidate(String objectNumber, int order) {
    }

    public static List<Candidate> candidates(String filename) {
        String base = filename.contains(".") ? filename.substring(0, filename.lastIndexOf('.')) : filename;
        Set<Candidate> out = new LinkedHashSet<>();
        addSpellings(out, base, 1);
        Matcher m = SUFFIX.matcher(base);
        if (m.matches()) {
            addSpellings(out, m.group(1), Integer.parseInt(m.group(2)));
        }
        return new ArrayList<>(out);
    }

    /** The order a stored file's name gives (1 when it has no suffix). */
    public static int order(String filename, String objectNumber) {
        for (Candidate c : candidates(filename == null ? "" : filename)) {
            if (c.objectNumber().equals(objectNumber)) {
                return c.order();
            }
        }
        return 1;
    }

    private static void addSpellings(Set<Candidate> out, String number, int order) {
        out.add(new Candidate(number, order));
        if (number.contains("%")) {
            try {
                out.add(new Candidate(URLDecoder.decode(number.replace("+", "%2B"), StandardCharsets.UTF_8), order));
            } catch (IllegalArgumentException notEncoded) {
                // a literal '%': only the name as it is
            }
        }
        if (number.contains("_")) {
            out.add(new Candidate(number.replace('_', '/'), order));
        }
    }
}
