package tw.museum.site.opendata.lido;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.Dimension;
import tw.museum.catalog.artifact.MakerView;
import tw.museum.catalog.artifact.ProductionDate;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.MediaView;
import tw.museum.catalog.vocabulary.TermRef;
import tw.museum.site.opendata.Languages;
import tw.museum.site.opendata.OpenDataProperties;
import tw.museum.site.opendata.OpenDataTexts;
import tw.museum.site.opendata.PublicLinks;
import tw.museum.site.opendata.XmlStream;

/**
 * Writes published records as LIDO 1.1. Only {@link PublicArtifactView} is accepted, so restricted
 * fields cannot reach an export. Every human-readable value is repeated per language with
 * {@code xml:lang} (zh-Hant first, preferred; en alternate).
 */
@Component
public class LidoWriter {

    public static final String NS = "http://www.lido-schema.org";
    public static final String SCHEMA = "http://www.lido-schema.org/schema/v1.1/lido-v1.1.xsd";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String P = "lido";
    /** LIDO terminology: the production event type. */
    private static final String PRODUCTION = "http://terminology.lido-schema.org/lido00007";
    private static final String HUMAN_MADE_OBJECT = "http://www.cidoc-crm.org/cidoc-crm/E22_Human-Made_Object";

    private final PublicLinks links;
    private final OpenDataTexts texts;
    private final OpenDataProperties properties;

    public LidoWriter(PublicLinks links, OpenDataTexts texts, OpenDataProperties properties) {
        this.links = links;
        this.texts = texts;
        this.properties = properties;
    }

    /** Opens {@code lido:lidoWrap}, the root of a document holding many records. */
    public void startWrap(XmlStream xml) {
        xml.start(P, NS, "lidoWrap").declare(P, NS).declare("xsi", XSI)
                .attribute("xsi", XSI, "schemaLocation", NS + " " + SCHEMA);
    }

    /** One {@code lido:lido}; with {@code declareNamespace} it can stand alone (inside OAI-PMH metadata). */
    public void write(XmlStream xml, PublicArtifactView v, boolean declareNamespace) {
        start(xml, "lido");
        if (declareNamespace) {
            xml.declare(P, NS).declare("xsi", XSI).attribute("xsi", XSI, "schemaLocation", NS + " " + SCHEMA);
        }
        start(xml, "lidoRecID").attr("type", "local").attr("source", properties.repositoryIdentifier())
                .text(v.objectNumber()).end();
        start(xml, "objectPublishedID").attr("type", "URI").text(links.objectPage(v.objectNumber())).end();
        start(xml, "category");
        start(xml, "conceptID").attr("type", "URI").text(HUMAN_MADE_OBJECT).end();
        start(xml, "term").lang(Languages.ENGLISH).text("Human-Made Object").end();
        xml.end();
        descriptive(xml, v);
        administrative(xml, v);
        xml.end();
    }

    private void descriptive(XmlStream xml, PublicArtifactView v) {
        start(xml, "descriptiveMetadata").lang(Languages.CHINESE);
        start(xml, "objectClassificationWrap");
        start(xml, "objectWorkTypeWrap");
        start(xml, "objectWorkType");
        if (v.objectName() != null) {
            concept(xml, v.objectName());
        } else {
            terms(xml, texts.both("opendata.lido.unspecifiedWorkType"));
        }
        xml.end().end();
        if (v.classification() != null) {
            start(xml, "classificationWrap");
            start(xml, "classification").attr("type", "classification");
            concept(xml, v.classification());
            xml.end().end();
        }
        xml.end();

        start(xml, "objectIdentificationWrap");
        start(xml, "titleWrap");
        start(xml, "titleSet");
        appellations(xml, v.title());
        xml.end().end();
        if (filled(v.inscription())) {
            start(xml, "inscriptionsWrap");
            start(xml, "inscriptions");
            texts(xml, "inscriptionTranscription", v.inscription());
            xml.end().end();
        }
        start(xml, "repositoryWrap");
        start(xml, "repositorySet").attr("type", "current");
        start(xml, "repositoryName");
        start(xml, "legalBodyName");
        appellations(xml, texts.museumName());
        xml.end().end();
        start(xml, "workID").attr("type", "inventory number").text(v.objectNumber()).end();
        xml.end().end();
        if (filled(v.description()) || filled(v.provenance())) {
            start(xml, "objectDescriptionWrap");
            description(xml, "description", v.description());
            description(xml, "provenance", v.provenance());
            xml.end();
        }
        if (!v.dimensions().isEmpty()) {
            start(xml, "objectMeasurementsWrap");
            for (Dimension d : v.dimensions()) {
                measurement(xml, d);
            }
            xml.end();
        }
        xml.end();

        if (hasProduction(v)) {
            production(xml, v);
        }
        if (!v.subjects().isEmpty()) {
            start(xml, "objectRelationWrap");
            start(xml, "subjectWrap");
            for (TermRef subject : v.subjects()) {
                start(xml, "subjectSet");
                start(xml, "subject").attr("type", "description");
                start(xml, "subjectConcept");
                concept(xml, subject);
                xml.end().end().end();
            }
            xml.end().end();
        }
        xml.end();
    }

    private void production(XmlStream xml, PublicArtifactView v) {
        start(xml, "eventWrap");
        start(xml, "eventSet");
        start(xml, "event");
        start(xml, "eventType");
        start(xml, "conceptID").attr("type", "URI").text(PRODUCTION).end();
        terms(xml, texts.both("opendata.lido.production"));
        xml.end();
        for (MakerView maker : v.makers()) {
            start(xml, "eventActor");
            start(xml, "actorInRole");
            start(xml, "actor");
            start(xml, "actorID").attr("type", "local").attr("source", properties.repositoryIdentifier())
                    .text("agent-" + maker.agentId()).end();
            start(xml, "nameActorSet");
            appellations(xml, maker.name());
            xml.end().end();
            if (filled(maker.role())) {
                start(xml, "roleActor");
                terms(xml, maker.role());
                xml.end();
            }
            xml.end().end();
        }
        ProductionDate date = v.productionDate();
        if (date != null && (filled(date.display()) || date.earliestYear() != null)) {
            start(xml, "eventDate");
            texts(xml, "displayDate", date.display());
            if (date.earliestYear() != null) {
                start(xml, "date");
                start(xml, "earliestDate").text(year(date.earliestYear())).end();
                start(xml, "latestDate").text(year(date.latestYear() != null ? date.latestYear() : date.earliestYear())).end();
                xml.end();
            }
            xml.end();
        }
        if (v.productionPlace() != null) {
            start(xml, "eventPlace");
            start(xml, "place");
            start(xml, "placeID").attr("type", "local").attr("source", properties.repositoryIdentifier())
                    .text("place-" + v.productionPlace().id()).end();
            start(xml, "namePlaceSet");
            appellations(xml, v.productionPlace().name());
            xml.end().end().end();
        }
        if (!v.materials().isEmpty() || !v.techniques().isEmpty()) {
            start(xml, "eventMaterialsTech");
            start(xml, "materialsTech");
            for (TermRef material : v.materials()) {
                start(xml, "termMaterialsTech").attr("type", "material");
                concept(xml, material);
                xml.end();
            }
            for (TermRef technique : v.techniques()) {
                start(xml, "termMaterialsTech").attr("type", "technique");
                concept(xml, technique);
                xml.end();
            }
            xml.end().end();
        }
        xml.end().end().end();
    }

    private void administrative(XmlStream xml, PublicArtifactView v) {
        start(xml, "administrativeMetadata").lang(Languages.CHINESE);
        if (v.licence() != null || filled(v.rightsStatement()) || filled(v.creditLine())) {
            start(xml, "rightsWorkWrap");
            start(xml, "rightsWorkSet");
            if (v.licence() != null || filled(v.rightsStatement())) {
                start(xml, "rightsType");
                if (v.licence() != null) {
                    start(xml, "conceptID").attr("type", "URI").text(v.licence()).end();
                }
                terms(xml, v.rightsStatement());
                xml.end();
            }
            texts(xml, "creditLine", v.creditLine());
            xml.end().end();
        }
        start(xml, "recordWrap");
        start(xml, "recordID").attr("type", "local").text(v.objectNumber()).end();
        start(xml, "recordType");
        start(xml, "conceptID").attr("type", "URI").text("http://terminology.lido-schema.org/lido00141").end();
        start(xml, "term").lang(Languages.ENGLISH).text("item").end();
        xml.end();
        start(xml, "recordSource");
        start(xml, "legalBodyName");
        appellations(xml, texts.museumName());
        xml.end();
        start(xml, "legalBodyWeblink").text(links.base() + "/").end();
        xml.end();
        start(xml, "recordInfoSet");
        start(xml, "recordInfoLink").attr("formatResource", "text/html").text(links.objectPage(v.objectNumber())).end();
        start(xml, "recordMetadataDate").attr("type", "modified").text(v.updatedAt().toString()).end();
        xml.end();
        xml.end();
        List<MediaView> images = PublicLinks.images(v);
        if (!images.isEmpty()) {
            start(xml, "resourceWrap");
            for (MediaView image : images) {
                image(xml, image);
            }
            start(xml, "resourceSet");
            start(xml, "resourceRepresentation").attr("type", "http://iiif.io/api/presentation/3#Manifest");
            start(xml, "linkResource").attr("formatResource", "application/ld+json")
                    .text(links.manifest(v.objectNumber())).end();
            xml.end();
            start(xml, "resourceType");
            start(xml, "term").lang(Languages.ENGLISH).text("IIIF Presentation manifest").end();
            xml.end();
            xml.end();
            xml.end();
        }
        xml.end();
    }

    private void image(XmlStream xml, MediaView image) {
        start(xml, "resourceSet");
        start(xml, "resourceID").attr("type", "local").text("m-" + image.id()).end();
        start(xml, "resourceRepresentation").attr("type", "image_master");
        start(xml, "linkResource").attr("formatResource", "image/jpeg").text(links.fullImage(image.id())).end();
        xml.end();
        start(xml, "resourceRepresentation").attr("type", "image_thumb");
        start(xml, "linkResource").attr("formatResource", "image/jpeg").text(links.thumbnail(image.id())).end();
        xml.end();
        start(xml, "resourceRepresentation").attr("type", "http://iiif.io/api/image/3#ImageService");
        start(xml, "linkResource").attr("formatResource", "application/ld+json")
                .text(links.imageService(image.id()) + "/info.json").end();
        xml.end();
        start(xml, "resourceType");
        start(xml, "term").lang(Languages.ENGLISH).text("image").end();
        xml.end();
        texts(xml, "resourceDescription", image.caption());
        if (image.rights() != null && !image.rights().isBlank()) {
            start(xml, "rightsResource");
            start(xml, "rightsType");
            start(xml, "term").text(image.rights()).end();
            xml.end().end();
        }
        xml.end();
    }

    private void measurement(XmlStream xml, Dimension d) {
        start(xml, "objectMeasurementsSet");
        start(xml, "displayObjectMeasurements").lang(Languages.ENGLISH)
                .text(d.aspect() + " " + d.value().toPlainString() + " " + d.unit()
                        + (d.part() != null && d.part().en() != null ? " (" + d.part().en() + ")" : "")).end();
        start(xml, "objectMeasurements");
        start(xml, "measurementsSet");
        start(xml, "measurementType").lang(Languages.ENGLISH).text(d.aspect()).end();
        start(xml, "measurementUnit").lang(Languages.ENGLISH).text(d.unit()).end();
        start(xml, "measurementValue").text(d.value().toPlainString()).end();
        xml.end();
        if (filled(d.part())) {
            start(xml, "extentMeasurements");
            terms(xml, d.part());
            xml.end();
        }
        xml.end().end();
    }

    private void description(XmlStream xml, String type, Bilingual text) {
        if (filled(text)) {
            start(xml, "objectDescriptionSet").attr("type", type);
            texts(xml, "descriptiveNoteValue", text);
            xml.end();
        }
    }

    /** A vocabulary term: its code in the museum's vocabulary, then its label in each language. */
    private void concept(XmlStream xml, TermRef term) {
        start(xml, "conceptID").attr("type", "local").attr("source", term.vocabulary()).text(term.code()).end();
        terms(xml, term.label());
    }

    private void terms(XmlStream xml, Bilingual label) {
        Languages.forEach(label, (lang, text) -> start(xml, "term").lang(lang).text(text).end());
    }

    private void appellations(XmlStream xml, Bilingual value) {
        Languages.forEach(value, (lang, text) -> start(xml, "appellationValue")
                .attr("pref", Languages.CHINESE.equals(lang) ? "preferred" : "alternate").lang(lang).text(text).end());
    }

    private void texts(XmlStream xml, String element, Bilingual value) {
        Languages.forEach(value, (lang, text) -> start(xml, element).lang(lang).text(text).end());
    }

    private static boolean hasProduction(PublicArtifactView v) {
        ProductionDate d = v.productionDate();
        return !v.makers().isEmpty() || v.productionPlace() != null || !v.materials().isEmpty()
                || !v.techniques().isEmpty() || (d != null && (filled(d.display()) || d.earliestYear() != null));
    }

    private static boolean filled(Bilingual b) {
        return b != null && !b.isEmpty();
    }

    /** Years as LIDO dates; years before the common era are written negative, zero-padded to four digits. */
    private static String year(int year) {
        return year < 0 ? String.format("-%04d", -year) : String.format("%04d", year);
    }

    private static LidoElement start(XmlStream xml, String name) {
        xml.start(P, NS, name);
        return new LidoElement(xml);
    }

    /** Adds LIDO-namespaced attributes fluently while staying on the same stream. */
    private record LidoElement(XmlStream xml) {
        LidoElement attr(String name, String value) {
            xml.attribute(P, NS, name, value);
            return this;
        }

        LidoElement lang(String language) {
            xml.lang(language);
            return this;
        }

        XmlStream text(String text) {
            return xml.text(text);
        }

        XmlStream end() {
            return xml.end();
        }
    }
}
