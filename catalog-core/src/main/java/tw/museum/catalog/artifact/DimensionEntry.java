package tw.museum.catalog.artifact;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.Decimals;

@Embeddable
public class DimensionEntry {

    private String partZh;
    private String partEn;
    private String aspect;
    private BigDecimal amount;
    private String unit;

    protected DimensionEntry() {
    }

    DimensionEntry(Dimension d) {
        Bilingual part = d.part() == null ? Bilingual.empty() : d.part();
        this.partZh = part.zh();
        this.partEn = part.en();
        this.aspect = d.aspect();
        this.amount = Decimals.canonical(d.value());
        this.unit = d.unit();
    }

    Dimension toDimension() {
        return new Dimension(new Bilingual(partZh, partEn), aspect, Decimals.canonical(amount), unit);
    }
}
