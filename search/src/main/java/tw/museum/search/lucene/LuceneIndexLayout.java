package tw.museum.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The index root holds one folder per generation (gen-&lt;n&gt;) and a CURRENT file naming the live one.
 * A rebuild writes a new generation, then replaces CURRENT by an atomic rename: after a crash the index
 * is either wholly the old or wholly the new one.
 */
final class LuceneIndexLayout {
    private static final String CURRENT = "CURRENT";
    private final Path root;

    LuceneIndexLayout(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live generation, creating the first one on a fresh data folder. */
    Path current() {
        Path pointer = root.resolve(CURRENT);
        try {
            if (Files.exists(pointer)) {
                Path gen = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
                if (Files.isDirectory(gen)) {
                    return gen;
                }
            }
            Path first = newGeneration();
            switchTo(first);
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path newGeneration() {
        try {
            long next;
            try (Stream<Path> children = Files.list(root)) {
                next = children.map(p -> p.getFileName().toString()).filter(n -> n.matches("gen-\\d+"))
                        .mapToLong(n -> Long.parseLong(n.substring(4))).max().orElse(0) + 1;
            }
            return Files.createDirectory(root.resolve("gen-" + next));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void switchTo(Path generation) {
        try {
            Path tmp = root.resolve(CURRENT + ".tmp");
            Files.writeString(tmp, generation.getFileName().toString(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes generations other than the given one (left behind by a switch or an interrupted rebuild). */
    void deleteAllBut(Path keep) {
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> Files.isDirectory(p) && !p.equals(keep) && p.getFileName().toString().startsWith("gen-"))
                    .forEach(LuceneIndexLayout::deleteQuietly);
        } catch (IOException e) {
            // Leftovers only cost disk space; the next switch tries again.
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Still open on some platforms; retried next time.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }
}
