package tw.museum.site.staff;

import java.math.BigDecimal;
import java.util.List;
import tw.museum.catalog.common.FieldProblem;

/**
 * Numbers typed into forms are kept as text, so a mistyped value is shown back exactly as typed; these
 * parse them, noting a {@code wrong-type} problem against the field when they do not parse.
 */
public final class FormValues {

    private FormValues() {
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static Long toLong(String s, String field, List<FieldProblem> problems) {
        if (blank(s)) {
            return null;
        }
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "wrong-type"));
            return null;
        }
    }

    public static Integer toInteger(String s, String field, List<FieldProblem> problems) {
        if (blank(s)) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "wrong-type"));
            return null;
        }
    }

    public static Double toDouble(String s, String field, List<FieldProblem> problems) {
        if (blank(s)) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException(s);
            }
            return d;
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "wrong-type"));
            return null;
        }
    }

    public static BigDecimal toDecimal(String s, String field, List<FieldProblem> problems) {
        if (blank(s)) {
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "wrong-type"));
            return null;
        }
    }

    public static java.time.LocalDate toDate(String s, String field, List<FieldProblem> problems) {
        if (blank(s)) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "wrong-type"));
            return null;
        }
    }

    /** One of an enum's constants by name (as a select sends it). */
    public static <E extends Enum<E>> E toEnum(Class<E> type, String s, String field, List<FieldProblem> problems) {
        if (blank(s)) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "wrong-type"));
            return null;
        }
    }

    public static String text(Object o) {
        if (o instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return o == null ? null : o.toString();
    }
}
