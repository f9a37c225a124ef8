package tw.museum.catalog.condition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.vocabulary.Term;
import tw.museum.catalog.vocabulary.TermRef;

@Embeddable
public class ConditionDamage {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private Term term;

    @Column(name = "location_zh")
    private String locationZh;

    @Column(name = "location_en")
    private String locationEn;

    protected ConditionDamage() {
    }

    ConditionDamage(Term term, Bilingual location) {
        this.term = term;
        this.locationZh = location == null ? null : location.zh();
        this.locationEn = location == null ? null : location.en();
    }

    DamageView view() {
        return new DamageView(TermRef.of(term), Bilingual.of(locationZh, locationEn));
    }
}
