package tw.museum.catalog.artifact;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the years a display date means. Taiwanese records mix AD years with Republic of China era
 * years (民國104年 = 2015, 民國前10年 = 1902), decades (1960s, 1960年代) and centuries (19世紀).
 */
public final class ProductionDateParser {

    private static final int ROC_EPOCH = 1911;
    private static final Pattern ROC_BEFORE = Pattern.compile("民國前\\s*(\\d{1,3})\\s*年?");
    private static final Pattern ROC = Pattern.compile("(?:民國|民|ROC\\s*)\\s*(\\d{1,3})\\s*年?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROC_RANGE = Pattern.compile(
            "(?:民國|民)\\s*(\\d{1,3})\\s*年?\\s*[-–—~至到]\\s*(?:民國|民)?\\s*(\\d{1,3})\\s*年?");
    private static final Pattern CENTURY_ZH = Pattern.compile("(\\d{1,2})\\s*世紀");
    private static final Pattern CENTURY_EN = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)\\s+century", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECADE = Pattern.compile("(\\d{3}0)\\s*(?:'?s\\b|年代)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*(?:[-–—~至到]|to)\\s*(\\d{2,4})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private ProductionDateParser() {
    }

    public static Optional<YearRange> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = toHalfWidthDigits(text.strip());
        Matcher m;
        if ((m = ROC_BEFORE.matcher(s)).find()) {
            int year = ROC_EPOCH + 1 - Integer.parseInt(m.group(1));
            return Optional.of(new YearRange(year, year));
        }
        if ((m = ROC_RANGE.matcher(s)).find()) {
            return ordered(ROC_EPOCH + Integer.parseInt(m.group(1)), ROC_EPOCH + Integer.parseInt(m.group(2)));
        }
        if ((m = ROC.matcher(s)).find()) {
            int year = ROC_EPOCH + Integer.parseInt(m.group(1));
            return Optional.of(new YearRange(year, year));
        }
        if ((m = CENTURY_ZH.matcher(s)).find() || (m = CENTURY_EN.matcher(s)).find()) {
            int century = Integer.parseInt(m.group(1));
            return Optional.of(new YearRange((century - 1) * 100 + 1, century * 100));
        }
        if ((m = DECADE.matcher(s)).find()) {
            int decade = Integer.parseInt(m.group(1));
            return Optional.of(new YearRange(decade, decade + 9));
        }
        if ((m = YEAR_RANGE.matcher(s)).find()) {
            String start = m.group(1);
            String end = m.group(2);
            // "1962-65" means 1962 to 1965
            if (end.length() < 4) {
                end = start.substring(0, 4 - end.length()) + end;
            }
            return ordered(Integer.parseInt(start), Integer.parseInt(end));
        }
        if ((m = YEAR.matcher(s)).find()) {
            int year = Integer.parseInt(m.group(1));
            return Optional.of(new YearRange(year, year));
        }
        return Optional.empty();
    }

    private static Optional<YearRange> ordered(int a, int b) {
        return a <= b ? Optional.of(new YearRange(a, b)) : Optional.empty();
    }

    private static String toHalfWidthDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return out.toString();
    }
}
