package tw.museum.importer.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tw.museum.importer.source.UnreadableSourceException;
import tw.museum.importer.source.UnreadableSourceException.Message;

/** Reads a mapping file (YAML, or JSON by its .json name) and refuses one that names unknown fields. */
public final class MappingFiles {

    private MappingFiles() {
    }

    /** The mapping for LIDO documents that ships inside the tool (mappings/lido.yaml). */
    public static final String LIDO = "/mappings/lido.yaml";

    public static MappingSpec read(Path file) {
        try (java.io.Reader in = Files.newBufferedReader(file)) {
            return parse(in, file.getFileName().toString());
        } catch (java.io.IOException e) {
            throw new UnreadableSourceException(e, "mapping.cannotRead", file, e.getMessage());
        }
    }

    public static MappingSpec builtIn(String resource) {
        try (java.io.InputStream in = MappingFiles.class.getResourceAsStream(resource)) {
            return parse(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), resource);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MappingSpec parse(java.io.Reader in, String name) {
        ObjectMapper mapper = name.endsWith(".json")
                ? JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                : YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        MappingSpec spec;
        try {
            spec = mapper.readValue(in, MappingSpec.class);
        } catch (JacksonException e) {
            throw new UnreadableSourceException(e, "mapping.invalid", name, e.getOriginalMessage());
        }
        List<Message> problems = new ArrayList<>();
        spec.fields().keySet().stream().filter(f -> !RecordMapper.FIELDS.contains(f))
                .forEach(f -> problems.add(Message.of("mapping.unknownField", f)));
        spec.constants().keySet().stream().filter(f -> !RecordMapper.FIELDS.contains(f))
                .forEach(f -> problems.add(Message.of("mapping.unknownConstant", f)));
        spec.vocabularies().keySet().stream().filter(f -> !RecordMapper.VOCABULARY_FIELDS.contains(f))
                .forEach(f -> problems.add(Message.of("mapping.unknownVocabulary", f)));
        if (!spec.fields().containsKey("objectNumber")) {
            problems.add(Message.of("mapping.objectNumberRequired"));
        }
        if (!List.of("csv", "jsonl", "json", "xlsx", "lido").contains(spec.format())) {
            problems.add(Message.of("mapping.format"));
        }
        if (!problems.isEmpty()) {
            throw new UnreadableSourceException("mapping.problems", name, problems,
                    String.join(", ", RecordMapper.FIELDS.stream().sorted().toList()),
                    String.join(", ", RecordMapper.VOCABULARY_FIELDS.stream().sorted().toList()));
        }
        return spec;
    }
}
