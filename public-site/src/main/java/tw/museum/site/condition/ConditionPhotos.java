package tw.museum.site.condition;

import java.util.List;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.condition.ConditionPhotoFile;
import tw.museum.site.staff.FormProblems;
import tw.museum.site.staff.StaffPages;

/** The photo part of the condition pages (artifacts and health-check examinations alike). */
@Component
public class ConditionPhotos {

    private final StaffPages pages;

    public ConditionPhotos(StaffPages pages) {
        this.pages = pages;
    }

    /** Runs an upload and says how it went in the flash messages of the redirect. */
    public void add(Runnable upload, Locale locale, RedirectAttributes redirect) {
        try {
            upload.run();
            pages.ok(redirect, locale, "cond.photo.added");
        } catch (InvalidRecordException e) {
            pages.errors(redirect, FormProblems.of(e.problems(), pages.messages(), locale).all().values().stream()
                    .flatMap(List::stream).toList());
        } catch (StaleVersionException e) {
            pages.errors(redirect, List.of(pages.message("cond.stale", locale)));
        }
    }

    /** A check photo as the image type detected on upload, never cached by shared caches. */
    public static ResponseEntity<Resource> serve(ConditionPhotoFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.photo().mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(file.path()));
    }
}
