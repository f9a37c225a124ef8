package tw.museum.iiif.delivery;

import tw.museum.iiif.image.OutputLimits;
import tw.museum.iiif.image.SourceInfo;
import tw.museum.iiif.source.ResolvedSource;

/** An identifier that resolved, may be served, and whose header has been read. */
public record ServableImage(ResolvedSource source, SourceInfo info, OutputLimits limits) {
}
