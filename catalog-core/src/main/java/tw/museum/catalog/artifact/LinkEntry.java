package tw.museum.catalog.artifact;

import jakarta.persistence.Embeddable;
import tw.museum.catalog.common.Bilingual;

@Embeddable
public class LinkEntry {

    private String url;
    private String labelZh;
    private String labelEn;

    protected LinkEntry() {
    }

    LinkEntry(ExternalLink link) {
        Bilingual label = link.label() == null ? Bilingual.empty() : link.label();
        this.url = link.url();
        this.labelZh = label.zh();
        this.labelEn = label.en();
    }

    ExternalLink toLink() {
        return new ExternalLink(url, new Bilingual(labelZh, labelEn));
    }
}
