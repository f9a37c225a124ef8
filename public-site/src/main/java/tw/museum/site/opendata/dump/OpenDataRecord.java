package tw.museum.site.opendata.dump;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import tw.museum.catalog.common.Bilingual;

/**
 * One published record in the bulk dumps (JSON and XML share this shape; CSV flattens it). Built only
 * from the public view, so nothing restricted can be in it.
 */
@JacksonXmlRootElement(localName = "artifact")
@JsonPropertyOrder({"objectNumber", "title", "objectName", "classification", "description", "productionDate",
        "productionPlace", "makers", "materials", "techniques", "subjects", "dimensions", "inscription",
        "provenance", "creditLine", "licence", "rightsStatement", "url", "manifest", "images", "links",
        "publishedAt", "updatedAt"})
public record OpenDataRecord(
        String objectNumber,
        Bilingual title,
        Term objectName,
        Term classification,
        Bilingual description,
        Date productionDate,
        Bilingual productionPlace,
        @JacksonXmlElementWrapper(localName = "makers") @JacksonXmlProperty(localName = "maker") List<Maker> makers,
        @JacksonXmlElementWrapper(localName = "materials") @JacksonXmlProperty(localName = "material") List<Term> materials,
        @JacksonXmlElementWrapper(localName = "techniques") @JacksonXmlProperty(localName = "technique") List<Term> techniques,
        @JacksonXmlElementWrapper(localName = "subjects") @JacksonXmlProperty(localName = "subject") List<Term> subjects,
        @JacksonXmlElementWrapper(localName = "dimensions") @JacksonXmlProperty(localName = "dimension") List<Measure> dimensions,
        Bilingual inscription,
        Bilingual provenance,
        Bilingual creditLine,
        String licence,
        Bilingual rightsStatement,
        String url,
        String manifest,
        @JacksonXmlElementWrapper(localName = "images") @JacksonXmlProperty(localName = "image") List<Image> images,
        @JacksonXmlElementWrapper(localName = "links") @JacksonXmlProperty(localName = "link") List<Link> links,
        Instant publishedAt,
        Instant updatedAt) {

    public record Term(String code, Bilingual label) {
    }

    public record Date(Bilingual display, Integer earliestYear, Integer latestYear) {
    }

    public record Maker(Bilingual name, Bilingual role) {
    }

    public record Measure(Bilingual part, String aspect, BigDecimal value, String unit) {
    }

    public record Image(String iiifService, String full, Bilingual caption, String rights) {
    }

    public record Link(String url, Bilingual label) {
    }
}
