package tw.museum.catalog.media;

public record ImageHeader(int width, int height) {
}
