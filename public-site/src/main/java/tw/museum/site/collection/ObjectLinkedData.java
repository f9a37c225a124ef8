package tw.museum.site.collection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tw.museum.catalog.agent.AgentKind;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.artifact.MakerView;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.vocabulary.TermRef;

/**
 * The schema.org description of a published object (VisualArtwork), for search engines. Built as a map
 * and written by Jackson, then made safe to sit inside {@code <script type="application/ld+json">}:
 * {@code <}, {@code >} and {@code &} become JSON escapes, so no value can close the script element.
 */
@Component
public class ObjectLinkedData {

    private final ObjectMapper json;
    private final AgentService agents;

    public ObjectLinkedData(ObjectMapper json, AgentService agents) {
        this.json = json;
        this.agents = agents;
    }

    public String of(PublicArtifactView a, String pageUrl, String imageUrl, String museumName, String language) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "VisualArtwork");
        ld.put("@id", pageUrl);
        ld.put("url", pageUrl);
        ld.put("inLanguage", "en".equals(language) ? "en" : "zh-Hant-TW");
        ld.put("name", a.title().in(language));
        ld.put("identifier", a.objectNumber());
        put(ld, "description", a.description(), language);
        if (a.productionDate() != null) {
            put(ld, "dateCreated", a.productionDate().display(), language);
        }
        if (a.classification() != null) {
            put(ld, "artform", a.classification().label(), language);
        }
        List<String> materials = a.materials().stream().map(TermRef::label).map(l -> l.in(language)).toList();
        if (!materials.isEmpty()) {
            ld.put("artMedium", String.join(", ", materials));
        }
        List<Map<String, Object>> creators = new ArrayList<>();
        for (MakerView m : a.makers()) {
            Map<String, Object> creator = new LinkedHashMap<>();
            creator.put("@type", kind(m.agentId()));
            creator.put("name", m.name().in(language));
            creators.add(creator);
        }
        if (!creators.isEmpty()) {
            ld.put("creator", creators);
        }
        if (imageUrl != null) {
            ld.put("image", imageUrl);
        }
        if (a.licence() != null && !a.licence().isBlank()) {
            ld.put("license", a.licence());
        }
        put(ld, "creditText", a.creditLine(), language);
        ld.put("publisher", Map.of("@type", "Museum", "name", museumName));
        return safeForScript(json.writeValueAsString(ld));
    }

    /** JSON that cannot end its script element or start a comment in it; still the same JSON when parsed. */
    public static String safeForScript(String value) {
        return value.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private String kind(long agentId) {
        try {
            return agents.get(agentId).kind() == AgentKind.ORGANIZATION ? "Organization" : "Person";
        } catch (RecordNotFoundException e) {
            return "Person";
        }
    }

    private static void put(Map<String, Object> ld, String name, Bilingual value, String language) {
        if (value != null && !value.isEmpty()) {
            ld.put(name, value.in(language));
        }
    }
}
