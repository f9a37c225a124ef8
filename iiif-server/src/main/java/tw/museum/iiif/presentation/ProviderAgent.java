package tw.museum.iiif.presentation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.Bilingual;

/** The museum as the {@code provider} Agent of manifests and collections, from {@code museum.iiif.provider.*}. */
@Component
class ProviderAgent {

    private final ProviderProperties provider;

    ProviderAgent(ProviderProperties provider) {
        this.provider = provider;
    }

    Map<String, Object> agent() {
        Map<String, List<String>> name = LanguageMaps.of(Bilingual.of(provider.nameZh(), provider.nameEn()));
        Map<String, Object> homepage = new LinkedHashMap<>();
        homepage.put("id", provider.homepage());
        homepage.put("type", "Text");
        homepage.put("label", name);
        homepage.put("format", "text/html");
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("id", provider.id());
        agent.put("type", "Agent");
        agent.put("label", name);
        agent.put("homepage", List.of(homepage));
        return agent;
    }
}
