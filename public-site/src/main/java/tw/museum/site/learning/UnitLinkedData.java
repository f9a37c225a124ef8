package tw.museum.site.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.learning.PublicLearningUnitView;
import tw.museum.site.collection.ObjectLinkedData;
import tw.museum.site.collection.PublicLinks;

/**
 * schema.org JSON-LD of a unit's page: a LearningResource with its audience, goals, themes, the objects it
 * shows (their pages) and the e-book as an encoding. Escaped for embedding like the objects' JSON-LD.
 */
@Component
class UnitLinkedData {

    private final ObjectMapper json;

    UnitLinkedData(ObjectMapper json) {
        this.json = json;
    }

    /** Texts already in the page's language: the museum's name and the age group's label. */
    record Texts(String museum, String ageGroup) {
    }

    String of(PublicLearningUnitView u, String pageUrl, String epubUrl, String imageUrl, String language, Texts texts) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "LearningResource");
        ld.put("@id", pageUrl);
        ld.put("url", pageUrl);
        ld.put("name", u.title().in(language));
        ld.put("inLanguage", "en".equals(language) ? "en" : "zh-Hant");
        if (!u.summary().isEmpty()) {
            ld.put("description", u.summary().in(language));
        }
        ld.put("educationalLevel", texts.ageGroup());
        List<String> goals = u.goalLines(language);
        if (!goals.isEmpty()) {
            ld.put("teaches", goals);
        }
        if (!u.themes().isEmpty()) {
            ld.put("keywords", u.themes().stream().map(t -> t.label().in(language)).toList());
        }
        if (imageUrl != null) {
            ld.put("image", imageUrl);
        }
        if (u.publishedAt() != null) {
            ld.put("datePublished", u.publishedAt().toString());
        }
        List<Map<String, Object>> parts = new ArrayList<>();
        for (PublicArtifactView a : u.artifacts()) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("@type", "CreativeWork");
            part.put("name", a.title().in(language));
            part.put("url", pageUrl.substring(0, pageUrl.indexOf("/learn/")) + PublicLinks.objectPath(a.objectNumber()));
            part.put("identifier", a.objectNumber());
            parts.add(part);
        }
        if (!parts.isEmpty()) {
            ld.put("hasPart", parts);
        }
        ld.put("encoding", Map.of("@type", "MediaObject", "encodingFormat", "application/epub+zip", "contentUrl", epubUrl));
        ld.put("publisher", Map.of("@type", "Museum", "name", texts.museum()));
        return ObjectLinkedData.safeForScript(json.writeValueAsString(ld));
    }
}
