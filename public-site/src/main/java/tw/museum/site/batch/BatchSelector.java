package tw.museum.site.batch;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.batch.BatchEditService;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.site.staff.artifact.StaffArtifactSearch;

/**
 * Turns what staff chose into object numbers: the staff list's search (all of it, not one page), a pasted list
 * (one number per line; a line copied from a spreadsheet keeps its first cell), or a CSV file (the column headed
 * objectNumber, 藏品編號 or 物件編號, otherwise the first). Object numbers may hold commas and spaces, so a
 * pasted line is never split on them; a CSV quotes them.
 */
@Component
public class BatchSelector {

    private static final Set<String> NUMBER_HEADERS = Set.of("objectnumber", "object_number", "object number",
            "藏品編號", "物件編號", "登錄號");
    private static final int MAX_FILE_NAME = 200;

    private final StaffArtifactSearch search;
    private final BatchEditService batches;

    public BatchSelector(StaffArtifactSearch search, BatchEditService batches) {
        this.search = search;
        this.batches = batches;
    }

    public BatchSelection search(String query, ArtifactStatus status, String classification) {
        List<String> numbers = search.objectNumbers(query, status, classification, batches.maxRecords());
        String detail = UriComponentsBuilder.newInstance().queryParamIfPresent("q", java.util.Optional.ofNullable(query))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("classification", java.util.Optional.ofNullable(classification))
                .encode().build().getQuery();
        return new BatchSelection(numbers, BatchSelection.Kind.SEARCH, detail == null ? "" : detail);
    }

    public BatchSelection list(String text) {
        List<String> numbers = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String cell = line.contains("\t") ? line.substring(0, line.indexOf('\t')) : line;
            if (!cell.isBlank()) {
                refuseControlCharacters(cell, "numbers");
                numbers.add(cell.strip());
            }
            if (numbers.size() > batches.maxRecords()) {
                break; // the service says how many are allowed
            }
        }
        return new BatchSelection(numbers, BatchSelection.Kind.LIST, Integer.toString(numbers.size()));
    }

    public BatchSelection csv(String fileName, InputStream in) {
        List<String> numbers = new ArrayList<>();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(reader)) {
            int column = 0;
            boolean first = true;
            while (rows.hasNext() && numbers.size() <= batches.maxRecords()) {
                String[] row = rows.next();
                if (first) {
                    first = false;
                    int header = headerColumn(row);
                    if (header >= 0) {
                        column = header;
                        continue;
                    }
                }
                String cell = row.length > column && row[column] != null ? row[column].replace("\uFEFF", "") : "";
                if (!cell.isBlank()) {
                    refuseControlCharacters(cell, "file");
                    numbers.add(cell.strip());
                }
            }
        } catch (JacksonException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InvalidRecordException(FieldProblem.of("file", "batch-file-unreadable"));
        }
        return new BatchSelection(numbers, BatchSelection.Kind.FILE, safeName(fileName));
    }

    private static int headerColumn(String[] row) {
        for (int i = 0; i < row.length; i++) {
            String cell = row[i] == null ? "" : row[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (NUMBER_HEADERS.contains(cell)) {
                return i;
            }
        }
        return -1;
    }

    /** No object number holds control characters: a file that does is not a list of numbers (a binary file). */
    private static void refuseControlCharacters(String cell, String field) {
        if (cell.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            throw new InvalidRecordException(FieldProblem.of(field, "batch-file-unreadable"));
        }
    }

    /** The name the uploader gave, only to say where the numbers came from: no path, no control characters. */
    private static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return base.length() > MAX_FILE_NAME ? base.substring(0, MAX_FILE_NAME) : base;
    }
}
