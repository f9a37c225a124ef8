package tw.museum.catalog.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import tw.museum.catalog.common.Bilingual;

@Embeddable
class UnitSection {

    private String headingZh;
    private String headingEn;
    @Column(name = "body_zh")
    private String bodyZh;
    @Column(name = "body_en")
    private String bodyEn;

    protected UnitSection() {
    }

    UnitSection(Bilingual heading, Bilingual body) {
        this.headingZh = heading.zh();
        this.headingEn = heading.en();
        this.bodyZh = body.zh();
        this.bodyEn = body.en();
    }

    Bilingual heading() {
        return new Bilingual(headingZh, headingEn);
    }

    Bilingual body() {
        return new Bilingual(bodyZh, bodyEn);
    }
}
