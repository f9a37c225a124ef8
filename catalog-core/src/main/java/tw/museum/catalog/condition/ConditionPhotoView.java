package tw.museum.catalog.condition;

import tw.museum.catalog.common.Bilingual;

/** A photo of a check: what it shows and where (the annotation); the file is read through the service. */
public record ConditionPhotoView(long id, String mediaType, Integer width, Integer height, Bilingual annotation) {
}
