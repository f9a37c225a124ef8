package tw.museum.catalog.usage;

import tw.museum.catalog.common.Bilingual;

/** An object of a recorded use, by number and title. */
public record UsedObject(String objectNumber, Bilingual title) {
}
