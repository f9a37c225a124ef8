package tw.museum.site.opendata.dump;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes artifacts.csv: RFC 4180 quoting, CRLF line ends, and a byte order mark first so spreadsheet
 * programs read the file as UTF-8 (otherwise Excel shows Chinese as mojibake).
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) throws IOException {
        this.out = out;
        out.write('\uFEFF');
        row(java.util.Arrays.stream(CsvColumn.values()).map(CsvColumn::header).toArray(String[]::new));
    }

    void write(OpenDataRecord record) throws IOException {
        CsvColumn[] columns = CsvColumn.values();
        String[] cells = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            cells[i] = columns[i].valueOf(record);
        }
        row(cells);
    }

    private void row(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells[i]));
        }
        out.write("\r\n");
    }

    static String quote(String cell) {
        return tw.museum.site.document.CsvRows.quote(cell);
    }
}
