package tw.museum.catalog.artifact;

import tw.museum.catalog.common.Bilingual;

/** A production date as people write it, and the years it spans for searching. */
public record ProductionDate(Bilingual display, Integer earliestYear, Integer latestYear) {
}
