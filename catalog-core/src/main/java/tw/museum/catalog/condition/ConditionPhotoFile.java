package tw.museum.catalog.condition;

import java.nio.file.Path;

/** Where a check photo's file lies, for serving it or putting it in a report. */
public record ConditionPhotoFile(ConditionPhotoView photo, Path path) {
}
