package tw.museum.site.opendata.oai;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.Dimension;
import tw.museum.catalog.artifact.MakerView;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.vocabulary.TermRef;
import tw.museum.site.opendata.Languages;
import tw.museum.site.opendata.OpenDataTexts;
import tw.museum.site.opendata.PublicLinks;
import tw.museum.site.opendata.XmlStream;

/** Writes a published record as simple Dublin Core ({@code oai_dc}), each value tagged with its language. */
@Component
class DublinCoreWriter {

    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final PublicLinks links;
    private final OpenDataTexts texts;

    DublinCoreWriter(PublicLinks links, OpenDataTexts texts) {
        this.links = links;
        this.texts = texts;
    }

    void write(XmlStream xml, PublicArtifactView v) {
        xml.start("oai_dc", OAI_DC, "dc").declare("oai_dc", OAI_DC).declare("dc", DC).declare("xsi", XSI)
                .attribute("xsi", XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        bilingual(xml, "title", v.title());
        for (MakerView maker : v.makers()) {
            bilingual(xml, "creator", maker.name());
        }
        terms(xml, "subject", v.subjects());
        if (v.classification() != null) {
            bilingual(xml, "subject", v.classification().label());
        }
        bilingual(xml, "description", v.description());
        bilingual(xml, "description", v.inscription());
        bilingual(xml, "publisher", texts.museumName());
        if (v.productionDate() != null) {
            bilingual(xml, "date", v.productionDate().display());
            if (v.productionDate().earliestYear() != null && (v.productionDate().display() == null
                    || v.productionDate().display().isEmpty())) {
                element(xml, "date", null, years(v.productionDate().earliestYear(), v.productionDate().latestYear()));
            }
        }
        element(xml, "type", null, "PhysicalObject");
        if (v.objectName() != null) {
            bilingual(xml, "type", v.objectName().label());
        }
        terms(xml, "format", v.materials());
        for (Dimension d : v.dimensions()) {
            element(xml, "format", Languages.ENGLISH, d.aspect() + " " + d.value().toPlainString() + " " + d.unit());
        }
        element(xml, "identifier", null, links.objectPage(v.objectNumber()));
        element(xml, "identifier", null, v.objectNumber());
        links.manifestOf(v).ifPresent(m -> element(xml, "relation", null, m));
        if (v.productionPlace() != null) {
            bilingual(xml, "coverage", v.productionPlace().name());
        }
        element(xml, "rights", null, v.licence());
        bilingual(xml, "rights", v.rightsStatement());
        bilingual(xml, "rights", v.creditLine());
        xml.end();
    }

    private static String years(Integer earliest, Integer latest) {
        return latest == null || latest.equals(earliest) ? String.valueOf(earliest) : earliest + "/" + latest;
    }

    private static void terms(XmlStream xml, String element, List<TermRef> terms) {
        for (TermRef t : terms) {
            bilingual(xml, element, t.label());
        }
    }

    private static void bilingual(XmlStream xml, String element, Bilingual value) {
        Languages.forEach(value, (lang, text) -> element(xml, element, lang, text));
    }

    private static void element(XmlStream xml, String element, String lang, String text) {
        if (text != null) {
            xml.start("dc", DC, element);
            if (lang != null) {
                xml.lang(lang);
            }
            xml.text(text).end();
        }
    }
}
