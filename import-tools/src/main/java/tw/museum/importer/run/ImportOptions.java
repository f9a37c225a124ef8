package tw.museum.importer.run;

import java.nio.file.Path;

/** One run: what to read, how to map it, and how careful to be. */
public record ImportOptions(Path source, Path mapping, boolean dryRun, boolean resume, Path errorFile,
                            String actor) {

    public Path checkpointFile() {
        return Path.of(source.getFileName() + ".import-checkpoint");
    }

    public Path effectiveErrorFile(String format) {
        if (errorFile != null) {
            return errorFile;
        }
        String name = source.getFileName().toString().replaceFirst("\\.gz$", "").replaceFirst("\\.[^.]+$", "");
        // in the working folder, not beside the source, which may be read-only or shared
        return Path.of(name + ".errors." + ("csv".equals(format) ? "csv" : "jsonl"));
    }
}
