package tw.museum.importer.run;

import java.nio.file.Path;
import tw.museum.importer.mapping.MappingSpec;

/** The format of a source: workbooks and XML by their names (one mapping serves CSV and XLSX alike), else the mapping's. */
final class SourceFormats {

    private SourceFormats() {
    }

    static String of(Path source, MappingSpec spec) {
        String name = source.getFileName().toString().toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.gz$", "");
        if (name.endsWith(".xlsx")) {
            return "xlsx";
        }
        if (name.endsWith(".xml")) {
            return "lido";
        }
        return spec.format();
    }
}
