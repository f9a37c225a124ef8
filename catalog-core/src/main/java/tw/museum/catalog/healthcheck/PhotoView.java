package tw.museum.catalog.healthcheck;

/** A request photo as staff see it; the file is read through {@link HealthCheckService#photo}. */
public record PhotoView(long id, String mediaType, long sizeBytes, Integer width, Integer height) {

    static PhotoView of(CasePhoto p) {
        return new PhotoView(p.getId(), p.getMediaType(), p.getSizeBytes(), p.getWidth(), p.getHeight());
    }
}
