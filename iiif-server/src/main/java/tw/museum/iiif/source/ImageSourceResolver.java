package tw.museum.iiif.source;

/**
 * Maps an IIIF identifier to the original image and the access decision for it. The catalog implements
 * this over its media records; {@link FolderImageSourceResolver} implements it over a folder.
 * Implementations must not throw for unknown identifiers: they return {@link ResolvedSource#notFound}.
 */
public interface ImageSourceResolver {

    ResolvedSource resolve(ImageIdentifier identifier);
}
