package tw.museum.catalog.learning;

import jakarta.persistence.Embeddable;
import tw.museum.catalog.common.Bilingual;

@Embeddable
class UnitReference {

    private String citationZh;
    private String citationEn;
    private String url;

    protected UnitReference() {
    }

    UnitReference(Reference r) {
        Bilingual c = r.citation() == null ? Bilingual.empty() : r.citation();
        this.citationZh = c.zh();
        this.citationEn = c.en();
        this.url = r.url() == null || r.url().isBlank() ? null : r.url().strip();
    }

    Reference toReference() {
        return new Reference(new Bilingual(citationZh, citationEn), url);
    }
}
