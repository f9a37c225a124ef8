package tw.museum.site.conservation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.conservation.PublicStoryPhoto;
import tw.museum.catalog.conservation.PublicTreatmentStory;
import tw.museum.catalog.conservation.TreatmentStoryService;
import tw.museum.catalog.condition.ConditionPhotoFile;
import tw.museum.catalog.media.ThumbnailCache;
import tw.museum.site.collection.PageMeta;
import tw.museum.site.collection.PublicLinks;

/**
 * Conservation shown to the public (特色文物修復展演): the list of published treatment stories, each story, and its
 * chosen photos. A photo is served only as a re-encoded JPEG of at most 1200 px (so no camera metadata of the
 * condition record travels with it), by its place in a public story; any other photo is a 404.
 */
@Controller
public class StoryPageController {

    static final int MAX_PHOTO_SIZE = 1200;

    private final TreatmentStoryService stories;
    private final ThumbnailCache thumbnails;
    private final PublicLinks links;
    private final MessageSource messages;

    public StoryPageController(TreatmentStoryService stories, ThumbnailCache thumbnails, PublicLinks links,
                               MessageSource messages) {
        this.stories = stories;
        this.thumbnails = thumbnails;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/conservation")
    public String list(Model model) {
        model.addAttribute("stories", stories.listPublished());
        model.addAttribute("meta", PageMeta.website(message("story.meta.description")));
        return "conservation/stories";
    }

    @GetMapping("/conservation/{id}")
    public String story(@PathVariable long id, Model model) {
        PublicTreatmentStory story = published(id);
        String language = LocaleContextHolder.getLocale().getLanguage();
        PublicStoryPhoto cover = story.cover();
        String image = cover == null ? null : links.absolute(StoryLinks.photoPath(id, cover.position(), MAX_PHOTO_SIZE));
        String description = story.summary().isEmpty() ? story.title().in(language) : story.summary().in(language);
        model.addAttribute("story", story);
        model.addAttribute("meta", new PageMeta(description, image, "article", null));
        return "conservation/story";
    }

    @GetMapping(value = "/conservation/{id}/photos/{position}", produces = MediaType.IMAGE_JPEG_VALUE)
    public ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable int position,
                                          @RequestParam(defaultValue = "800") int size) throws IOException {
        ConditionPhotoFile file = stories.publicPhoto(id, position)
                .orElseThrow(() -> new RecordNotFoundException("story-photo", id + "/" + position));
        // the store names each file by its SHA-256, which is what the thumbnail cache is keyed on
        String sha256 = file.path().getFileName().toString();
        Path jpeg = thumbnails.of(sha256, file.path(), Math.min(ThumbnailCache.snap(size), MAX_PHOTO_SIZE));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).contentLength(Files.size(jpeg))
                // short-lived: a withdrawn story's photos must leave shared caches soon
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(jpeg));
    }

    private PublicTreatmentStory published(long id) {
        return stories.findPublished(id)
                .orElseThrow(() -> new RecordNotFoundException(TreatmentStoryService.AUDIT_TYPE, id));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
