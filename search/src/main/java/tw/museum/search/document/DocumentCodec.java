package tw.museum.search.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.SearchHit;

/**
 * The document as JSON, kept with the index so hits, suggestions and rebuild checks need no database. Attached
 * documents keep their titles but not their text: the text is indexed (and stored for highlighting) on its own.
 */
public final class DocumentCodec {
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String toJson(SearchDocument doc) {
        try {
            return mapper.writeValueAsString(doc.documents().isEmpty() ? doc
                    : doc.withDocuments(doc.documents().stream().map(tw.museum.search.api.AttachedText::withoutText).toList()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hit as UTF-8 JSON (what the Lucene index keeps beside the source, see SearchFields.HIT). */
    public byte[] hitToJson(SearchHit hit) {
        try {
            return mapper.writeValueAsBytes(hit);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchHit hitFromJson(byte[] json, int offset, int length) {
        try {
            return mapper.readValue(json, offset, length, SearchHit.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchDocument fromJson(String json) {
        try {
            return mapper.readValue(json, SearchDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
