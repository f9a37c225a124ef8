package tw.museum.catalog.media;

public enum MediaKind {
    IMAGE, DOCUMENT
}
