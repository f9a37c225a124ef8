package tw.museum.site.learning;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.learning.AgeGroup;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.learning.PublicItem;
import tw.museum.catalog.learning.PublicLearningUnitView;
import tw.museum.catalog.media.MediaFile;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.media.ThumbnailCache;
import tw.museum.iiif.presentation.IiifLinks;
import tw.museum.site.collection.PageMeta;
import tw.museum.site.collection.PublicLinks;
import tw.museum.site.collection.QrCodes;

/**
 * The public learning units: browsing by theme and age group, a unit's page (server-rendered, readable
 * without script, printable), its QR code and its EPUB e-book. Drafts and units not yet due are 404
 * everywhere, like unknown ones.
 */
@Controller
public class LearningPageController {

    /** Images in the e-book: large enough to read, small enough for any rights restriction. */
    private static final int EPUB_IMAGE_SIZE = 800;

    private final LearningUnitService units;
    private final MediaService media;
    private final ThumbnailCache thumbnails;
    private final PublicLinks links;
    private final IiifLinks iiif;
    private final QrCodes qrCodes;
    private final MessageSource messages;
    private final UnitLinkedData linkedData;
    private final int restrictedMaxSize;

    public LearningPageController(LearningUnitService units, MediaService media, ThumbnailCache thumbnails,
                                  PublicLinks links, IiifLinks iiif, QrCodes qrCodes, MessageSource messages,
                                  UnitLinkedData linkedData,
                                  @Value("${museum.iiif.restricted-max-size:800}") int restrictedMaxSize) {
        this.linkedData = linkedData;
        this.units = units;
        this.media = media;
        this.thumbnails = thumbnails;
        this.links = links;
        this.iiif = iiif;
        this.qrCodes = qrCodes;
        this.messages = messages;
        this.restrictedMaxSize = restrictedMaxSize;
    }

    @GetMapping("/learn")
    public String list(@RequestParam(required = false) String theme, @RequestParam(required = false) String age,
                       Model model) {
        String themeFilter = theme == null || theme.isBlank() ? null : theme.strip();
        AgeGroup ageFilter = age == null ? null : AgeGroup.fromSlug(age.strip()).orElse(null);
        model.addAttribute("units", units.listPublished(themeFilter, ageFilter));
        model.addAttribute("themes", units.publishedThemes());
        model.addAttribute("ageGroups", Arrays.asList(AgeGroup.values()));
        model.addAttribute("theme", themeFilter);
        model.addAttribute("age", ageFilter);
        model.addAttribute("meta", new PageMeta(message("learning.meta.description"), null, "website", null));
        return "learning/units";
    }

    @GetMapping("/learn/{slug}")
    public String unit(@PathVariable String slug, Model model) {
        PublicLearningUnitView unit = published(slug);
        String language = LocaleContextHolder.getLocale().getLanguage();
        PublicItem cover = unit.cover();
        String image = cover == null ? null : links.absolute("/media/" + cover.media().id() + "/thumbnail?size=1200");
        String description = unit.summary().isEmpty() ? unit.title().in(language) : unit.summary().in(language);
        model.addAttribute("unit", unit);
        model.addAttribute("unitUrl", unitUrl(slug));
        model.addAttribute("qr", links.path(unitPath(slug) + "/qr.png"));
        model.addAttribute("epub", links.path(unitPath(slug) + "/epub"));
        model.addAttribute("collection", unit.artifacts().isEmpty() ? null : iiif.learningUnitCollection(slug));
        String jsonLd = linkedData.of(unit, unitUrl(slug), links.absolute(unitPath(slug) + "/epub?lang="
                + ("en".equals(language) ? "en" : "zh-TW")), image, language,
                new UnitLinkedData.Texts(message("site.name"), message("learning.age." + unit.ageGroup().name())));
        model.addAttribute("meta", new PageMeta(description, image, "article", jsonLd));
        return "learning/unit";
    }

    @GetMapping(value = "/learn/{slug}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> qr(@PathVariable String slug) {
        published(slug);
        return qrCodes.png(unitUrl(slug));
    }

    /** The unit as an EPUB 3 e-book in the page's language, streamed. */
    @GetMapping("/learn/{slug}/epub")
    public void epub(@PathVariable String slug, HttpServletResponse response) throws IOException {
        PublicLearningUnitView unit = published(slug);
        String language = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "zh";
        EpubBook book = new EpubBook(unit, language, unitUrl(slug), texts(), images(unit, language));
        response.setContentType("application/epub+zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(slug + ("en".equals(language) ? "-en" : "") + ".epub", StandardCharsets.UTF_8).build().toString());
        book.write(response.getOutputStream());
    }

    private Map<Long, EpubBook.Image> images(PublicLearningUnitView unit, String language) throws IOException {
        int size = Math.min(EPUB_IMAGE_SIZE, ThumbnailCache.snapDown(restrictedMaxSize));
        Map<Long, EpubBook.Image> images = new LinkedHashMap<>();
        for (PublicItem item : unit.sections().stream().flatMap(s -> s.items().stream()).toList()) {
            if (!item.hasImage() || images.containsKey(item.media().id())) {
                continue;
            }
            MediaFile file = media.file(item.media().id(), false).orElse(null);
            if (file == null || file.media().kind() != MediaKind.IMAGE) {
                continue;
            }
            Path jpeg = thumbnails.of(file.media().sha256(), file.original(), size);
            String alt = item.media().caption() == null || item.media().caption().isEmpty()
                    ? message("learning.image.alt", item.artifact().title().in(language))
                    : item.media().caption().in(language);
            images.put(item.media().id(), new EpubBook.Image(item.media().id(), jpeg, alt));
        }
        return images;
    }

    private EpubBook.Texts texts() {
        return new EpubBook.Texts(message("site.name"), message("learning.goals"), message("learning.questions"),
                message("learning.references"), message("learning.epub.contents"), message("learning.objectNumber"));
    }

    private PublicLearningUnitView published(String slug) {
        return units.findPublished(slug)
                .orElseThrow(() -> new RecordNotFoundException(LearningUnitService.AUDIT_TYPE, slug));
    }

    static String unitPath(String slug) {
        return "/learn/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }

    /** The unit's language-neutral URL: what the QR code, the sitemap and the e-book name. */
    private String unitUrl(String slug) {
        return links.absolute(unitPath(slug));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
