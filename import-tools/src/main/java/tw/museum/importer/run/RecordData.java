package tw.museum.importer.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.artifact.Dimension;
import tw.museum.catalog.artifact.MakerInput;
import tw.museum.catalog.artifact.ProductionDate;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.importer.mapping.DimensionValue;
import tw.museum.importer.mapping.MappedArtifact;
import tw.museum.importer.mapping.TermLabel;

/**
 * Turns a mapped record into the catalogue's {@link ArtifactData}, resolving terms, makers and places
 * through an {@link AuthoritySource} (the database, or a museum's API), and tells whether an update would
 * change anything.
 */
public final class RecordData {

    private final AuthoritySource authorities;

    public RecordData(AuthoritySource authorities) {
        this.authorities = authorities;
    }

    /** Resolves (creating if needed) every term, maker and place the record names; see {@link RecordWriter#prepare}. */
    public void prepare(MappedArtifact r) {
        for (int i = 0; i < r.makers().size(); i++) {
            if (r.makers().get(i).name() != null) { // a maker that must exist already is checked by the writer
                authorities.agent(r.makers().get(i), i, false);
            }
        }
        Bilingual place = bilingual(r, "productionPlace");
        if (place.zh() != null) {
            authorities.place(place, false);
        }
        term(r, "objectName", Vocabulary.OBJECT_NAME, false);
        term(r, "classification", Vocabulary.CLASSIFICATION, false);
        term(r, "materials", Vocabulary.MATERIAL, false);
        term(r, "techniques", Vocabulary.TECHNIQUE, false);
        term(r, "subjects", Vocabulary.SUBJECT, false);
    }

    /** What the import wants the record to be; what the source does not carry (links, restricted data) is kept. */
    public ArtifactData data(MappedArtifact r, ArtifactView existing, boolean dryRun) {
        Checks checks = new Checks();
        Integer earliest = year(r, "productionDate.earliestYear", checks);
        Integer latest = year(r, "productionDate.latestYear", checks);
        List<Dimension> dimensions = dimensions(r, checks);
        checks.throwIfAny();
        List<MakerInput> makers = new ArrayList<>();
        for (int i = 0; i < r.makers().size(); i++) {
            makers.add(new MakerInput(authorities.agent(r.makers().get(i), i, dryRun), r.makers().get(i).role()));
        }
        Bilingual place = bilingual(r, "productionPlace");
        return new ArtifactData(
                r.objectNumber(),
                bilingual(r, "title"),
                first(term(r, "objectName", Vocabulary.OBJECT_NAME, dryRun)),
                first(term(r, "classification", Vocabulary.CLASSIFICATION, dryRun)),
                bilingual(r, "description"),
                new ProductionDate(bilingual(r, "productionDate.display"), earliest, latest),
                place.zh() == null ? null : authorities.place(place, dryRun),
                makers,
                term(r, "materials", Vocabulary.MATERIAL, dryRun),
                term(r, "techniques", Vocabulary.TECHNIQUE, dryRun),
                term(r, "subjects", Vocabulary.SUBJECT, dryRun),
                dimensions,
                bilingual(r, "inscription"),
                bilingual(r, "provenance"),
                bilingual(r, "creditLine"),
                r.value("licence"),
                bilingual(r, "rightsStatement"),
                existing == null ? List.of() : existing.links(),
                existing == null ? null : existing.restricted(),
                existing == null ? null : existing.version());
    }

    /**
     * Whether an update would change nothing. Years left out by the source are worked out by the catalogue
     * from the display date, so they count as the same; amounts compare by value (10.0 = 10).
     */
    public static boolean same(ArtifactData current, ArtifactData wanted) {
        ProductionDate c = current.productionDate();
        ProductionDate w = wanted.productionDate();
        boolean sameDate = Objects.equals(c == null ? null : c.display(), w.display())
                && (w.earliestYear() == null || Objects.equals(c == null ? null : c.earliestYear(), w.earliestYear()))
                && (w.latestYear() == null || Objects.equals(c == null ? null : c.latestYear(), w.latestYear()));
        return sameDate && withoutDate(current).equals(withoutDate(wanted));
    }

    private static ArtifactData withoutDate(ArtifactData d) {
        List<Dimension> dims = d.dimensions().stream().map(x -> new Dimension(x.part() == null ? Bilingual.empty() : x.part(),
                x.aspect(), x.value() == null ? null : x.value().stripTrailingZeros(), x.unit())).toList();
        return new ArtifactData(d.objectNumber(), d.title(), d.objectName(), d.classification(), d.description(), null,
                d.productionPlaceId(), d.makers(), d.materials(), d.techniques(), d.subjects(), dims, d.inscription(),
                d.provenance(), d.creditLine(), d.licence(), d.rightsStatement(), d.links(), d.restricted(), d.version());
    }

    private List<String> term(MappedArtifact r, String field, Vocabulary vocabulary, boolean dryRun) {
        List<String> codes = new ArrayList<>();
        for (TermLabel label : r.terms().getOrDefault(field, List.of())) {
            String code = authorities.term(vocabulary, label, dryRun);
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static List<Dimension> dimensions(MappedArtifact r, Checks checks) {
        List<Dimension> out = new ArrayList<>();
        for (int i = 0; i < r.dimensions().size(); i++) {
            DimensionValue d = r.dimensions().get(i);
            try {
                out.add(new Dimension(d.part(), d.aspect(), d.value() == null ? null : new BigDecimal(d.value()), d.unit()));
            } catch (NumberFormatException e) {
                checks.add("dimensions[" + i + "].value", "wrong-type");
            }
        }
        return out;
    }

    private static String first(List<String> codes) {
        return codes.isEmpty() ? null : codes.get(0);
    }

    private static Bilingual bilingual(MappedArtifact r, String field) {
        return Bilingual.of(r.value(field + ".zh"), r.value(field + ".en"));
    }

    /** Years arrive as text; 0 and blanks mean unknown (as in M+ data). */
    private static Integer year(MappedArtifact r, String field, Checks checks) {
        String value = r.value(field);
        if (value == null) {
            return null;
        }
        try {
            int year = new BigDecimal(value).intValueExact();
            return year == 0 ? null : year;
        } catch (NumberFormatException | ArithmeticException e) {
            checks.add(field, "wrong-type");
            return null;
        }
    }
}
