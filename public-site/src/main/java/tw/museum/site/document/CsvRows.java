package tw.museum.site.document;

import java.util.List;

/**
 * CSV as spreadsheet programs expect it: RFC 4180 quoting, CRLF line ends, and a byte order mark first so
 * Excel reads the file as UTF-8 (otherwise Chinese shows as mojibake).
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
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
