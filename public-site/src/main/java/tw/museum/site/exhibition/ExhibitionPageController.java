package tw.museum.site.exhibition;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.exhibition.ExhibitionPhase;
import tw.museum.catalog.exhibition.ExhibitionService;
import tw.museum.catalog.exhibition.PublicExhibit;
import tw.museum.catalog.exhibition.PublicExhibitionView;
import tw.museum.site.collection.PageMeta;
import tw.museum.site.collection.PublicLinks;

/**
 * The public exhibition pages: current, upcoming and past exhibitions, and each published exhibition with its
 * published objects. Drafts and unknown numbers are the same 404.
 */
@Controller
public class ExhibitionPageController {

    private final ExhibitionService exhibitions;
    private final PublicLinks links;
    private final MessageSource messages;

    public ExhibitionPageController(ExhibitionService exhibitions, PublicLinks links, MessageSource messages) {
        this.exhibitions = exhibitions;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/exhibitions")
    public String list(Model model) {
        model.addAttribute("current", exhibitions.listPublished(ExhibitionPhase.CURRENT));
        model.addAttribute("upcoming", exhibitions.listPublished(ExhibitionPhase.UPCOMING));
        model.addAttribute("past", exhibitions.listPublished(ExhibitionPhase.PAST));
        model.addAttribute("meta", PageMeta.website(message("exh.meta.description")));
        return "exhibition/exhibitions";
    }

    @GetMapping("/exhibitions/{number}")
    public String exhibition(@PathVariable String number, Model model) {
        PublicExhibitionView e = exhibitions.findPublished(number)
                .orElseThrow(() -> new RecordNotFoundException(ExhibitionService.AUDIT_TYPE, number));
        String language = LocaleContextHolder.getLocale().getLanguage();
        PublicExhibit cover = e.cover();
        String image = cover == null ? null : links.absolute("/media/" + cover.image().id() + "/thumbnail?size=1200");
        String description = e.description().isEmpty() ? e.title().in(language) : abbreviate(e.description().in(language));
        model.addAttribute("exhibition", e);
        model.addAttribute("meta", new PageMeta(description, image, "article", null));
        return "exhibition/exhibition";
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
