package tw.museum.site.opendata.dump;

import java.util.Optional;

/** The files of the bulk dump, as served under /opendata/. */
public enum DumpFile {
    CSV("artifacts.csv", "text/csv;charset=UTF-8"),
    JSON("artifacts.json", "application/json"),
    XML("artifacts.xml", "application/xml"),
    LIDO("artifacts.lido.xml", "application/xml"),
    DATASET("dataset.json", "application/json");

    private final String filename;
    private final String mediaType;

    DumpFile(String filename, String mediaType) {
        this.filename = filename;
        this.mediaType = mediaType;
    }

    public String filename() {
        return filename;
    }

    public String mediaType() {
        return mediaType;
    }

    public String descriptionKey() {
        return "opendata.distribution." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<DumpFile> named(String filename) {
        for (DumpFile f : values()) {
            if (f.filename.equals(filename)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
