package tw.museum.catalog.location;

import tw.museum.catalog.common.Bilingual;

/**
 * A location as other records show it: its code, its own name and its full name from the building down
 * ("本館 › 3F › 第一庫房 › A 櫃 › 第 2 層").
 */
public record LocationRef(long id, String code, Bilingual name, LocationKind kind, Bilingual fullName,
                          boolean retired) {
}
