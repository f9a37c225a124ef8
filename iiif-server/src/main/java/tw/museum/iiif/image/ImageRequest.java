package tw.museum.iiif.image;

/** One image request as parsed from either API version. */
public record ImageRequest(RegionRequest region, SizeRequest size, RotationRequest rotation, Quality quality,
                           OutputFormat format) {
}
