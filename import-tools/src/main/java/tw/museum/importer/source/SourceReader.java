package tw.museum.importer.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Streams the records of a source file one at a time (never the whole file in memory): JSON Lines, a JSON
 * array, or CSV with a header row. A record that cannot be parsed becomes a {@link SourceRecord} with a null
 * record, so the run reports it and goes on.
 */
public final class SourceReader implements Iterator<SourceRecord>, AutoCloseable {

    private final Path file;
    private final String encoding;
    private final Reader reader;
    private final AutoCloseable binary;
    private final Iterator<SourceRecord> records;

    public SourceReader(Path file, String format, String encoding) {
        this(file, format, encoding, null);
    }

    /** @param sheet for xlsx: the sheet to read (null: the first) */
    public SourceReader(Path file, String format, String encoding, String sheet) {
        this.file = file;
        this.encoding = encoding;
        if ("xlsx".equals(format) || "lido".equals(format)) {
            this.reader = null;
            if ("xlsx".equals(format)) {
                XlsxRows rows = new XlsxRows(file, sheet);
                this.binary = rows;
                this.records = rows;
            } else {
                LidoRecords lido = new LidoRecords(file);
                this.binary = lido;
                this.records = lido;
            }
            return;
        }
        this.binary = null;
        try {
            this.reader = TextDecoding.open(file, encoding);
        } catch (IOException e) {
            throw new UnreadableSourceException(e, "source.cannotRead", file, e.getMessage());
        }
        try {
            this.records = switch (format) {
                case "jsonl" -> jsonLines();
                case "json" -> jsonArray();
                case "csv" -> csv(); // reads the header row already
                default -> throw new UnreadableSourceException("source.unknownFormat", format);
            };
        } catch (JacksonException e) {
            close();
            throw unreadable(e);
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return records.next();
    }

    private RuntimeException unreadable(Throwable cause) {
        Throwable root = cause;
        while (root != null && !(root instanceof CharacterCodingException)) {
            root = root.getCause();
        }
        if (root != null) {
            return new UnreadableSourceException(cause, "source.wrongEncoding", file.getFileName(),
                    "auto".equalsIgnoreCase(encoding) ? "UTF-8" : encoding);
        }
        return new UnreadableSourceException(cause, "source.cannotRead", file.getFileName(), cause.getMessage());
    }

    private Iterator<SourceRecord> jsonLines() {
        ObjectMapper json = JsonMapper.builder().build();
        BufferedReader lines = new BufferedReader(reader, 64 * 1024);
        return new Iterator<>() {
            long lineNumber;
            String line;

            @Override
            public boolean hasNext() {
                try {
                    while (line == null) {
                        String read = lines.readLine();
                        if (read == null) {
                            return false;
                        }
                        lineNumber++;
                        if (!read.isBlank()) {
                            line = read;
                        }
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public SourceRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String current = line;
                line = null;
                try {
                    JsonNode node = json.readTree(current);
                    return new SourceRecord(lineNumber, node.isObject() ? node : null);
                } catch (JacksonException malformed) {
                    return new SourceRecord(lineNumber, null);
                }
            }
        };
    }

    private Iterator<SourceRecord> jsonArray() {
        ObjectMapper json = JsonMapper.builder().build();
        JsonParser parser = json.createParser(reader);
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw new UnreadableSourceException("source.notJsonArray", file.getFileName());
        }
        return new Iterator<>() {
            long index;
            JsonToken token = parser.nextToken();

            @Override
            public boolean hasNext() {
                return token != null && token != JsonToken.END_ARRAY;
            }

            @Override
            public SourceRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                JsonNode node = json.readTree(parser);
                token = parser.nextToken();
                return new SourceRecord(++index, node != null && node.isObject() ? node : null);
            }
        };
    }

    private Iterator<SourceRecord> csv() {
        CsvMapper mapper = CsvMapper.builder().build();
        MappingIterator<JsonNode> rows = mapper.readerFor(JsonNode.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(reader);
        return new Iterator<>() {
            long row = 1; // the header

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public SourceRecord next() {
                row++;
                return new SourceRecord(row, rows.next());
            }
        };
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            if (binary != null) {
                binary.close();
            }
        } catch (Exception ignored) {
            // nothing was written through this reader
        }
    }
}
