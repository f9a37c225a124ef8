package tw.museum.catalog.location;

import tw.museum.catalog.common.Bilingual;

/**
 * A location as staff submit it. The code is given once, at creation (it is printed on labels); on an
 * update it may be left out or repeated, never changed. {@code version} is the one the edit was made on.
 */
public record LocationData(String code, Bilingual name, LocationKind kind, Long parentId, Bilingual environment,
                           Long version) {
}
