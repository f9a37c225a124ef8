package tw.museum.importer.source;

import tools.jackson.databind.JsonNode;

/** One record of a source file and where it is (line or row number, 1-based), for error reports. */
public record SourceRecord(long number, JsonNode record) {
}
