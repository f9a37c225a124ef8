package tw.museum.site.opendata.oai;

import java.time.Instant;
import tw.museum.catalog.artifact.HarvestCursor;
import tw.museum.catalog.artifact.HarvestQuery;

/**
 * Everything needed to continue a list request, carried by the harvester rather than kept by any
 * application node: the original arguments, the keyset position reached, how many records came
 * before (the cursor of the protocol), the list size counted on the first request, and when it was issued.
 */
record ResumptionToken(OaiVerb verb, MetadataFormat format, HarvestQuery query, HarvestCursor after,
                       long delivered, long completeListSize, Instant issuedAt) {
}
