package tw.museum.site.collection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.conservation.TreatmentStoryService;
import tw.museum.catalog.exhibition.ExhibitionService;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaView;
import tw.museum.iiif.presentation.IiifLinks;
import tw.museum.search.api.Audience;
import tw.museum.search.api.SearchHit;
import tw.museum.search.api.SearchIndex;
import tw.museum.site.i18n.BilingualText;

/** The public page of one published object, and its QR code. */
@Controller
public class ObjectPageController {

    private static final int RELATED = 6;
    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");

    private final ArtifactService artifacts;
    private final SearchIndex search;
    private final IiifLinks iiif;
    private final PublicLinks links;
    private final ObjectLinkedData linkedData;
    private final MessageSource messages;
    private final BilingualText bi;
    private final QrCodes qrCodes;
    private final LearningUnitService learningUnits;
    private final ExhibitionService exhibitions;
    private final TreatmentStoryService stories;

    public ObjectPageController(ArtifactService artifacts, SearchIndex search, IiifLinks iiif, PublicLinks links,
                                ObjectLinkedData linkedData, MessageSource messages, BilingualText bi, QrCodes qrCodes,
                                LearningUnitService learningUnits, ExhibitionService exhibitions,
                                TreatmentStoryService stories) {
        this.exhibitions = exhibitions;
        this.stories = stories;
        this.qrCodes = qrCodes;
        this.learningUnits = learningUnits;
        this.artifacts = artifacts;
        this.search = search;
        this.iiif = iiif;
        this.links = links;
        this.linkedData = linkedData;
        this.messages = messages;
        this.bi = bi;
    }

    /** An image of the object: its thumbnail for the page and, when tiles can be served, its IIIF info.json. */
    public record ObjectImage(MediaView media, String infoJson) {
    }

    @GetMapping("/objects/{objectNumber}")
    public String object(@PathVariable String objectNumber, Model model) {
        PublicArtifactView a = published(objectNumber);
        String language = LocaleContextHolder.getLocale().getLanguage();
        List<ObjectImage> images = a.media().stream().filter(m -> m.kind() == MediaKind.IMAGE)
                .map(m -> new ObjectImage(m, iiif.hasImageService(m) ? iiif.imageService(m.id()) + "/info.json" : null))
                .toList();
        String objectUrl = objectUrl(objectNumber);
        String title = a.title().in(language);
        String imageUrl = images.isEmpty() ? null
                : links.absolute("/media/" + images.get(0).media().id() + "/thumbnail?size=1200");
        String museum = message("site.name");

        model.addAttribute("artifact", a);
        model.addAttribute("images", images);
        model.addAttribute("related", related(objectNumber));
        model.addAttribute("learningUnits", learningUnits.publishedContaining(objectNumber));
        model.addAttribute("exhibitionHistory", exhibitions.publishedFor(objectNumber));
        model.addAttribute("treatmentStories", stories.publishedFor(objectNumber));
        model.addAttribute("manifest", images.stream().anyMatch(i -> i.infoJson() != null) ? iiif.manifest(objectNumber) : null);
        model.addAttribute("objectUrl", objectUrl);
        model.addAttribute("qr", links.path(PublicLinks.objectPath(objectNumber) + "/qr.png"));
        model.addAttribute("citation", message("object.cite.text", title, makers(a), museum, a.objectNumber(),
                objectUrl, LocalDate.now(MUSEUM_ZONE).toString()));
        String description = a.description().isEmpty() ? message("object.meta.description", title, museum)
                : abbreviate(a.description().in(language), 200);
        model.addAttribute("meta", new PageMeta(description, imageUrl, "article",
                linkedData.of(a, objectUrl, imageUrl, museum, language)));
        return "public/object";
    }

    /** A QR code of the object's URL, for labels and printed guides; it never changes, so caches keep it. */
    /** A QR code of the object's URL, for labels and printed guides. */
    @GetMapping(value = "/objects/{objectNumber}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> qr(@PathVariable String objectNumber) {
        published(objectNumber);
        return qrCodes.png(objectUrl(objectNumber));
    }

    /** The object's language-neutral URL: what the QR code, the sitemap and the JSON-LD name. */
    private String objectUrl(String objectNumber) {
        return links.absolute(PublicLinks.objectPath(objectNumber));
    }

    private PublicArtifactView published(String objectNumber) {
        return artifacts.findPublished(objectNumber)
                .orElseThrow(() -> new RecordNotFoundException(ArtifactService.AUDIT_TYPE, objectNumber));
    }

    /** Related objects from the index, each checked against the catalogue so only published ones show. */
    private List<PublicArtifactView> related(String objectNumber) {
        List<PublicArtifactView> related = new ArrayList<>();
        for (SearchHit hit : search.moreLikeThis(objectNumber, Audience.PUBLIC, RELATED)) {
            artifacts.findPublished(hit.objectNumber()).ifPresent(related::add);
        }
        return related;
    }

    private String makers(PublicArtifactView a) {
        return a.makers().isEmpty() ? message("object.cite.unknownMaker")
                : a.makers().stream().map(m -> bi.text(m.name())).collect(Collectors.joining(", "));
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
