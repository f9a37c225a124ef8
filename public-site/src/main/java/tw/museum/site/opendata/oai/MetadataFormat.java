package tw.museum.site.opendata.oai;

import java.util.Optional;
import tw.museum.site.opendata.lido.LidoWriter;

/** The metadata formats the repository disseminates: Dublin Core (required by OAI-PMH) and LIDO 1.1. */
enum MetadataFormat {
    OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", DublinCoreWriter.OAI_DC),
    LIDO("lido", LidoWriter.SCHEMA, LidoWriter.NS);

    private final String prefix;
    private final String schema;
    private final String namespace;

    MetadataFormat(String prefix, String schema, String namespace) {
        this.prefix = prefix;
        this.schema = schema;
        this.namespace = namespace;
    }

    String prefix() {
        return prefix;
    }

    String schema() {
        return schema;
    }

    String namespace() {
        return namespace;
    }

    static Optional<MetadataFormat> withPrefix(String prefix) {
        for (MetadataFormat f : values()) {
            if (f.prefix.equals(prefix)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
