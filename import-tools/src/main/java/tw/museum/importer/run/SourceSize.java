package tw.museum.importer.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * How many records a line-based source holds, counted by streaming its lines once before the import, so
 * that the progress bar on a terminal can show the time left (a second or less for a hundred thousand
 * records). -1 when unknown: workbooks, XML, JSON arrays (the bar then shows the rate only).
 */
final class SourceSize {

    private SourceSize() {
    }

    static long records(Path file, String format) {
        if (!"jsonl".equals(format) && !"csv".equals(format)) {
            return -1;
        }
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 64 * 1024) : raw) {
            byte[] buffer = new byte[64 * 1024];
            long lines = 0;
            int last = '\n';
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
            if (last != '\n') {
                lines++;
            }
            // a CSV has a header row; quoted values may span lines, so this is an estimate, fine for a bar
            return "csv".equals(format) ? Math.max(0, lines - 1) : lines;
        } catch (IOException e) {
            return -1;
        }
    }
}
