package tw.museum.importer.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tw.museum.catalog.common.FieldProblem;

/**
 * The records that failed, in the source's own format with one more field, {@value #REASONS}, saying
 * per field what was wrong. Corrected, the file can be imported again with the same mapping (which
 * ignores the extra field). Written only when something fails.
 */
public final class ErrorFile implements AutoCloseable {

    public static final String REASONS = "_import_errors";

    private final Path path;
    private final boolean csv;
    private final List<ObjectNode> csvRows = new ArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private BufferedWriter jsonLines;
    private long count;

    public ErrorFile(Path path, String format) {
        this.path = path;
        this.csv = "csv".equals(format);
    }

    public Path path() {
        return path;
    }

    public long count() {
        return count;
    }

    public void add(long number, JsonNode record, List<FieldProblem> problems) {
        count++;
        ObjectNode row = record != null && record.isObject() ? ((ObjectNode) record).deepCopy() : json.createObjectNode();
        StringBuilder reasons = new StringBuilder("line/row " + number + ": ");
        for (int i = 0; i < problems.size(); i++) {
            FieldProblem p = problems.get(i);
            reasons.append(i == 0 ? "" : "; ").append(p.field()).append(" ").append(p.code());
            if (!p.arguments().isEmpty()) {
                reasons.append(" ").append(p.arguments());
            }
        }
        row.put(REASONS, reasons.toString());
        if (csv) {
            csvRows.add(row); // the CSV header needs every column; written at the end
            return;
        }
        try {
            if (jsonLines == null) {
                jsonLines = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            }
            jsonLines.write(json.writeValueAsString(row));
            jsonLines.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts what was written so far on disk (before a checkpoint moves past it). */
    public void flush() {
        try {
            if (jsonLines != null) {
                jsonLines.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (jsonLines != null) {
                jsonLines.close();
            }
            if (csv && !csvRows.isEmpty()) {
                CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
                List<String> columns = new ArrayList<>();
                for (ObjectNode row : csvRows) {
                    row.propertyNames().forEach(name -> {
                        if (!columns.contains(name)) {
                            columns.add(name);
                        }
                    });
                }
                columns.forEach(schema::addColumn);
                try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    out.write('\uFEFF'); // spreadsheet programs then read the Chinese correctly
                    CsvMapper.builder().build().writer(schema.build()).writeValue(out, csvRows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
