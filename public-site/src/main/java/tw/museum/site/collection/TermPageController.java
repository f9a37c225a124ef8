package tw.museum.site.collection;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.search.api.Facet;
import tw.museum.site.i18n.BilingualText;

/**
 * A vocabulary term and its published objects. Only vocabularies the index can filter on have pages;
 * a term without published objects is not shown (it would only tell of drafts).
 */
@Controller
public class TermPageController {

    private final TermService terms;
    private final ObjectLists lists;
    private final BilingualText bi;

    public TermPageController(TermService terms, ObjectLists lists, BilingualText bi) {
        this.terms = terms;
        this.lists = lists;
        this.bi = bi;
    }

    @GetMapping("/terms/{vocabulary}/{code}")
    public String term(@PathVariable String vocabulary, @PathVariable String code, HttpServletRequest request, Model model) {
        Vocabulary v = Vocabulary.fromSlug(vocabulary).orElseThrow(() -> notFound(vocabulary, code));
        Facet facet = switch (v) {
            case CLASSIFICATION -> Facet.CLASSIFICATION;
            case MATERIAL -> Facet.MATERIAL;
            case TECHNIQUE -> Facet.TECHNIQUE;
            case SUBJECT -> Facet.SUBJECT;
            default -> throw notFound(vocabulary, code);
        };
        TermView term = terms.get(v, code);
        ObjectLists.Listing listing = lists.list(facet, code, request.getParameter("page"));
        model.addAttribute("term", term);
        model.addAttribute("vocabulary", v.slug());
        model.addAttribute("listing", listing);
        model.addAttribute("meta", PageMeta.website(term.scopeNote().isEmpty() ? bi.text(term.label()) : bi.text(term.scopeNote())));
        return "public/term";
    }

    private static RecordNotFoundException notFound(String vocabulary, String code) {
        return new RecordNotFoundException("term", vocabulary + "/" + code);
    }
}
