package tw.museum.site.opendata.dump;

import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.vocabulary.TermRef;
import tw.museum.site.opendata.PublicLinks;

/** Turns public views into dump records, with their public links. */
@Component
public class OpenDataRecords {

    private final PublicLinks links;

    public OpenDataRecords(PublicLinks links) {
        this.links = links;
    }

    public OpenDataRecord of(PublicArtifactView v) {
        return new OpenDataRecord(v.objectNumber(), v.title(), term(v.objectName()), term(v.classification()),
                v.description(),
                v.productionDate() == null ? null : new OpenDataRecord.Date(v.productionDate().display(),
                        v.productionDate().earliestYear(), v.productionDate().latestYear()),
                v.productionPlace() == null ? null : v.productionPlace().name(),
                v.makers().stream().map(m -> new OpenDataRecord.Maker(m.name(), m.role())).toList(),
                v.materials().stream().map(OpenDataRecords::term).toList(),
                v.techniques().stream().map(OpenDataRecords::term).toList(),
                v.subjects().stream().map(OpenDataRecords::term).toList(),
                v.dimensions().stream().map(d -> new OpenDataRecord.Measure(d.part(), d.aspect(), d.value(), d.unit())).toList(),
                v.inscription(), v.provenance(), v.creditLine(), v.licence(), v.rightsStatement(),
                links.objectPage(v.objectNumber()), links.manifestOf(v).orElse(null),
                PublicLinks.images(v).stream().map(m -> new OpenDataRecord.Image(links.imageService(m.id()),
                        links.fullImage(m.id()), m.caption(), m.rights())).toList(),
                v.links().stream().map(l -> new OpenDataRecord.Link(l.url(), l.label())).toList(),
                v.publishedAt(), v.updatedAt());
    }

    private static OpenDataRecord.Term term(TermRef t) {
        return t == null ? null : new OpenDataRecord.Term(t.code(), t.label());
    }
}
