package tw.museum.site.opendata.dump;

import java.time.Instant;
import java.util.List;
import tw.museum.catalog.common.Bilingual;

/** dataset.json: what the open-data platform shows about the dataset, in both languages. */
public record DatasetDescription(String identifier, Bilingual title, Bilingual description, Bilingual publisher,
                                 Licence licence, Bilingual updateFrequency, Instant modified, long recordCount,
                                 List<Distribution> distributions, List<Field> fields) {

    public record Licence(String code, Bilingual name, String url) {
    }

    public record Distribution(String url, String mediaType, Bilingual description, long bytes) {
    }

    public record Field(String name, Bilingual description) {
    }
}
