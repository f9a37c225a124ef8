package tw.museum.iiif.presentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.media.MediaView;
import tw.museum.iiif.catalog.DocumentTexts;
import tw.museum.iiif.catalog.PublicDocuments;
import tw.museum.iiif.document.DocumentPages;

/**
 * An artifact as a Presentation 3.0 Manifest: one Canvas per image, each painted by the full image with
 * its Image API 3 service. Built as plain maps (written with Jackson 3) in the order the spec lists the
 * properties, which is the order people read them in.
 */
@Component
class Manifest3Builder {

    static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";
    /** Thumbnail size: the one the image server prepares at derivation, so it is served from the cache. */
    static final String THUMBNAIL_SIZE = "!400,400";

    private final IiifLinks links;
    private final ManifestMetadata metadata;
    private final PresentationMessages messages;
    private final ProviderAgent provider;
    private final SeeAlsoLinks seeAlso;
    private final PublicDocuments documents;
    private final DocumentTexts texts;

    Manifest3Builder(IiifLinks links, ManifestMetadata metadata, PresentationMessages messages,
                     ProviderAgent provider, ObjectProvider<SeeAlsoLinks> seeAlso, PublicDocuments documents,
                     DocumentTexts texts) {
        this.documents = documents;
        this.texts = texts;
        this.links = links;
        this.metadata = metadata;
        this.messages = messages;
        this.provider = provider;
        this.seeAlso = seeAlso.getIfAvailable(() -> artifact -> List.of());
    }

    /** Empty when the artifact has no image: a Manifest must have at least one Canvas. */
    Optional<Map<String, Object>> build(PublicArtifactView a) {
        List<MediaView> images = ArtifactImages.of(a);
        if (images.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> rights = RightsUris.forRightsProperty(a.licence());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("id", links.manifest(a.objectNumber()));
        m.put("type", "Manifest");
        m.put("label", LanguageMaps.of(a.title()));
        putIfNotEmpty(m, "summary", LanguageMaps.of(a.description()));
        List<Map<String, Object>> pairs = metadata.of(a, rights.isPresent());
        if (!pairs.isEmpty()) {
            m.put("metadata", pairs);
        }
        Map<String, List<String>> credit = LanguageMaps.of(a.creditLine());
        if (!credit.isEmpty()) {
            m.put("requiredStatement", Map.of("label", messages.label("iiif.requiredStatement.credit"), "value", credit));
        }
        rights.ifPresent(r -> m.put("rights", r));
        ArtifactImages.primary(a).ifPresent(p -> m.put("thumbnail", List.of(thumbnail(p))));
        m.put("provider", List.of(provider.agent()));
        m.put("homepage", List.of(homepage(a)));
        List<Map<String, Object>> related = seeAlso.of(a);
        if (!related.isEmpty()) {
            m.put("seeAlso", related);
        }
        List<Map<String, Object>> canvases = new ArrayList<>();
        for (MediaView image : images) {
            canvases.add(canvas(a, image));
        }
        List<PublicDocuments.PagedDocument> documents = this.documents.of(a);
        for (PublicDocuments.PagedDocument d : documents) {
            for (int page = 1; page <= d.pages().size(); page++) {
                canvases.add(pageCanvas(a, d, page));
            }
        }
        m.put("items", canvases);
        if (texts.anyText(documents)) {
            m.put("service", List.of(Map.of("id", links.contentSearch(a.objectNumber()), "type", "SearchService2")));
        }
        return Optional.of(m);
    }

    /** A thumbnail of the primary image at the size the image server pre-renders, with its service. */
    Map<String, Object> thumbnail(MediaView image) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", links.imageService(image.id()) + "/full/" + thumbnailSize(image) + "/0/default.jpg");
        t.put("type", "Image");
        t.put("format", "image/jpeg");
        t.put("service", List.of(imageService(image)));
        return t;
    }

    /** Image API 3.0 refuses a box larger than the image without "^", so small images get "max". */
    static String thumbnailSize(MediaView image) {
        int box = Integer.parseInt(THUMBNAIL_SIZE.substring(THUMBNAIL_SIZE.indexOf(',') + 1));
        return image.width() >= box || image.height() >= box ? THUMBNAIL_SIZE : "max";
    }

    private Map<String, Object> homepage(PublicArtifactView a) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("id", links.objectPage(a.objectNumber()));
        h.put("type", "Text");
        h.put("label", LanguageMaps.of(a.title()));
        h.put("format", "text/html");
        h.put("language", List.of(LanguageMaps.ZH, LanguageMaps.EN));
        return h;
    }

    private Map<String, Object> canvas(PublicArtifactView a, MediaView image) {
        Map<String, List<String>> caption = LanguageMaps.of(image.caption());
        return canvas(links.canvas(a.objectNumber(), image.id()), links.imageService(image.id()), image.width(),
                image.height(), caption.isEmpty() ? LanguageMaps.of(a.title()) : caption);
    }

    /** One canvas per page of a public PDF, painted with the page rendered as an image. */
    private Map<String, Object> pageCanvas(PublicArtifactView a, PublicDocuments.PagedDocument d, int page) {
        DocumentPages.PageSize size = d.pages().get(page - 1);
        Map<String, List<String>> caption = LanguageMaps.of(d.media().caption());
        Map<String, List<String>> name = caption.isEmpty() ? LanguageMaps.of(a.title()) : caption;
        Map<String, List<String>> label = new LinkedHashMap<>();
        name.forEach((lang, values) -> label.put(lang, values.stream()
                .map(v -> messages.text(LanguageMaps.EN.equals(lang), "iiif.canvas.page", v, page)).toList()));
        return canvas(links.pageCanvas(a.objectNumber(), d.media().id(), page),
                links.pageImageService(d.media().id(), page), size.width(), size.height(), label);
    }

    private Map<String, Object> canvas(String canvasId, String service, int width, int height,
                                       Map<String, List<String>> label) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", service + "/full/max/0/default.jpg");
        body.put("type", "Image");
        body.put("format", "image/jpeg");
        body.put("width", width);
        body.put("height", height);
        body.put("service", List.of(imageService(service)));

        Map<String, Object> painting = new LinkedHashMap<>();
        painting.put("id", canvasId + "/annotation/painting");
        painting.put("type", "Annotation");
        painting.put("motivation", "painting");
        painting.put("body", body);
        painting.put("target", canvasId);

        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", canvasId + "/page/painting");
        page.put("type", "AnnotationPage");
        page.put("items", List.of(painting));

        Map<String, Object> canvas = new LinkedHashMap<>();
        canvas.put("id", canvasId);
        canvas.put("type", "Canvas");
        canvas.put("label", label);
        canvas.put("width", width);
        canvas.put("height", height);
        canvas.put("items", List.of(page));
        return canvas;
    }

    private Map<String, Object> imageService(MediaView image) {
        return imageService(links.imageService(image.id()));
    }

    private static Map<String, Object> imageService(String id) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("type", "ImageService3");
        s.put("profile", "level2");
        return s;
    }

    private static void putIfNotEmpty(Map<String, Object> m, String key, Map<String, List<String>> value) {
        if (!value.isEmpty()) {
            m.put(key, value);
        }
    }
}
