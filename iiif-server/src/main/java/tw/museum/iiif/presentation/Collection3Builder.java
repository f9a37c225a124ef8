package tw.museum.iiif.presentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.learning.PublicLearningUnitView;
import tw.museum.catalog.vocabulary.TermView;

/**
 * Presentation 3.0 Collections: the top collection lists one Collection per classification; a
 * classification's Collection lists its published artifacts as Manifest references. Presentation 3 has no
 * paging of Collections, so a classification with more than one page of artifacts becomes a Collection
 * of page Collections (each holding at most the page size, never more than 1,000 manifests).
 */
@Component
class Collection3Builder {

    private final IiifLinks links;
    private final PresentationMessages messages;
    private final ProviderAgent provider;
    private final Manifest3Builder manifests;

    Collection3Builder(IiifLinks links, PresentationMessages messages, ProviderAgent provider,
                       Manifest3Builder manifests) {
        this.links = links;
        this.messages = messages;
        this.provider = provider;
        this.manifests = manifests;
    }

    Map<String, Object> top(List<TermView> classifications) {
        Map<String, Object> c = collection(links.topCollection(), messages.label("iiif.collection.top"));
        c.put("summary", messages.label("iiif.collection.top.summary"));
        c.put("provider", List.of(provider.agent()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (TermView term : classifications) {
            items.add(reference(links.classificationCollection(term.code()), "Collection", label(term)));
        }
        c.put("items", items);
        return c;
    }

    /** A classification whose artifacts fit in one page: the manifests themselves. */
    Map<String, Object> classification(TermView term, List<PublicArtifactView> artifacts) {
        Map<String, Object> c = collection(links.classificationCollection(term.code()), label(term));
        c.put("provider", List.of(provider.agent()));
        c.put("partOf", List.of(reference(links.topCollection(), "Collection", messages.label("iiif.collection.top"))));
        c.put("items", manifestReferences(artifacts));
        return c;
    }

    /** A classification larger than one page: its pages, in order, as Collections. */
    Map<String, Object> classificationPages(TermView term, long total, int pageSize) {
        Map<String, Object> c = collection(links.classificationCollection(term.code()), label(term));
        c.put("provider", List.of(provider.agent()));
        c.put("partOf", List.of(reference(links.topCollection(), "Collection", messages.label("iiif.collection.top"))));
        List<Map<String, Object>> pages = new ArrayList<>();
        int pageCount = (int) ((total + pageSize - 1) / pageSize);
        for (int page = 1; page <= pageCount; page++) {
            pages.add(reference(links.classificationCollectionPage(term.code(), page), "Collection",
                    pageLabel(term, page, pageSize, total)));
        }
        c.put("items", pages);
        return c;
    }

    /** One page (1-based) of a large classification. */
    Map<String, Object> classificationPage(TermView term, int page, int pageSize, long total,
                                           List<PublicArtifactView> artifacts) {
        Map<String, Object> c = collection(links.classificationCollectionPage(term.code(), page),
                pageLabel(term, page, pageSize, total));
        c.put("partOf", List.of(reference(links.classificationCollection(term.code()), "Collection",
                label(term))));
        c.put("items", manifestReferences(artifacts));
        return c;
    }

    /**
     * A learning unit's objects, in story order. Its summary and a link to the unit's page go along, so
     * a viewer can lead back to the story.
     */
    Map<String, Object> learningUnit(PublicLearningUnitView unit) {
        Map<String, Object> c = collection(links.learningUnitCollection(unit.slug()), LanguageMaps.of(unit.title()));
        Map<String, List<String>> summary = LanguageMaps.of(unit.summary());
        if (!summary.isEmpty()) {
            c.put("summary", summary);
        }
        c.put("provider", List.of(provider.agent()));
        Map<String, Object> page = reference(links.learningUnitPage(unit.slug()), "Text", LanguageMaps.of(unit.title()));
        page.put("format", "text/html");
        c.put("homepage", List.of(page));
        c.put("items", manifestReferences(unit.artifacts()));
        return c;
    }

    private Map<String, List<String>> pageLabel(TermView term, int page, int pageSize, long total) {
        long first = (long) (page - 1) * pageSize + 1;
        long last = Math.min(total, (long) page * pageSize);
        Map<String, List<String>> label = new LinkedHashMap<>();
        String zh = term.label().zh() != null ? term.label().zh() : term.code();
        String en = term.label().en() != null ? term.label().en() : term.code();
        label.put(LanguageMaps.ZH, List.of(messages.text(false, "iiif.collection.page", zh, first, last)));
        label.put(LanguageMaps.EN, List.of(messages.text(true, "iiif.collection.page", en, first, last)));
        return label;
    }

    /** Artifacts without an image have no manifest (a Manifest needs a Canvas), so they are not listed. */
    private List<Map<String, Object>> manifestReferences(List<PublicArtifactView> artifacts) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (PublicArtifactView a : artifacts) {
            ArtifactImages.primary(a).ifPresent(image -> {
                Map<String, Object> ref = reference(links.manifest(a.objectNumber()), "Manifest", LanguageMaps.of(a.title()));
                ref.put("thumbnail", List.of(manifests.thumbnail(image)));
                items.add(ref);
            });
        }
        return items;
    }

    /** A term's label, or its code when it has none (a label is required, but never an empty map). */
    private static Map<String, List<String>> label(TermView term) {
        Map<String, List<String>> label = LanguageMaps.of(term.label());
        return label.isEmpty() ? LanguageMaps.none(term.code()) : label;
    }

    private static Map<String, Object> collection(String id, Map<String, List<String>> label) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@context", Manifest3Builder.CONTEXT);
        c.put("id", id);
        c.put("type", "Collection");
        c.put("label", label);
        return c;
    }

    private static Map<String, Object> reference(String id, String type, Map<String, List<String>> label) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("type", type);
        r.put("label", label);
        return r;
    }
}
