package tw.museum.importer.run;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One run: what to read, how to map it (a null mapping: the built-in LIDO mapping), how careful to be,
 * and how: records per transaction and writer threads.
 */
public record ImportOptions(Path source, Path mapping, boolean dryRun, boolean resume, Path errorFile,
                            String actor, Locale locale, int writers, int batchSize) {

    public ImportOptions {
        locale = locale == null ? Locale.TAIWAN : locale;
        writers = writers < 1 ? 2 : writers;
        batchSize = batchSize < 1 ? 100 : batchSize;
    }

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
