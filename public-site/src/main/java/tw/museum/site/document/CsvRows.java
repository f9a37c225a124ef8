package tw.museum.site.document;

import java.util.List;

/**
 * CSV as spreadsheet programs expect it: RFC 4180 quoting, CRLF line ends, and a byte order mark first so
 * Excel reads the file as UTF-8 (otherwise Chinese shows as mojibake). Every CSV the museum writes goes
 * through {@link #quote}, which also defuses formulas (CSV injection): a cell that a spreadsheet would run
 * ({@code =HYPERLINK(...)}, {@code +cmd|...}, {@code @SUM(...)}, a leading tab or carriage return) gets a
 * leading apostrophe, so it shows as the text it is. Plain numbers such as {@code -12.5} stay as they are.
 */
public final class CsvRows {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public CsvRows row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public byte[] toBytes() {
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        cell = defused(cell);
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(?:[.,]\\d+)*");

    /** The cell as text a spreadsheet shows rather than evaluates. */
    static String defused(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20'
                || ((first == '+' || first == '-') && !NUMBER.matcher(cell).matches());
        return formula ? "'" + cell : cell;
    }
}
