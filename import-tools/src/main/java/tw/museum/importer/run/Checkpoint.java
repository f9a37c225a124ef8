package tw.museum.importer.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How far a run got: the number of the last record finished, written every few hundred records by atomic
 * replace, so a killed run resumes after it ({@code --resume}). Removed when the run completes.
 */
public final class Checkpoint {

    private final Path path;

    public Checkpoint(Path path) {
        this.path = path;
    }

    public long read() {
        try {
            return Files.exists(path) ? Long.parseLong(Files.readString(path, StandardCharsets.UTF_8).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    public void write(long lastFinished) {
        try {
            Path temp = path.resolveSibling(path.getFileName() + ".tmp");
            Files.writeString(temp, Long.toString(lastFinished), StandardCharsets.UTF_8);
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
