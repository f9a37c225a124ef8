package tw.museum.site.collection;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.search.api.Facet;
import tw.museum.site.i18n.BilingualText;

/**
 * Human labels for facet values, which the index keeps as codes and ids: terms and makers from the
 * catalogue's authorities, periods and "has image" from the public bundle. Built per request (a
 * {@link Labeller}), so one page looks each vocabulary up once and nothing is cached across requests.
 */
@Component
public class FacetLabels {

    /** A label and the language it is in. */
    public record Label(String text, String lang) {
    }

    private final TermService terms;
    private final AgentService agents;
    private final MessageSource messages;
    private final BilingualText bi;

    public FacetLabels(TermService terms, AgentService agents, MessageSource messages, BilingualText bi) {
        this.terms = terms;
        this.agents = agents;
        this.messages = messages;
        this.bi = bi;
    }

    public Labeller labeller() {
        return new Labeller();
    }

    /** Labels for one page. */
    public final class Labeller {
        private final Map<Vocabulary, Map<String, Bilingual>> vocabularies = new HashMap<>();

        public Label label(Facet facet, String value) {
            return switch (facet) {
                case CLASSIFICATION -> term(Vocabulary.CLASSIFICATION, value);
                case MATERIAL -> term(Vocabulary.MATERIAL, value);
                case TECHNIQUE -> term(Vocabulary.TECHNIQUE, value);
                case SUBJECT -> term(Vocabulary.SUBJECT, value);
                case MAKER -> maker(value);
                case DECADE -> message("facet.decade.value", value);
                case CENTURY -> message("facet.century.value", value);
                case HAS_IMAGE -> message("facet.has_image." + ("true".equals(value) ? "true" : "false"));
                case PLACE -> new Label(value, bi.pageLang());
                case TYPE -> message("search.type." + value);
            };
        }

        private Label term(Vocabulary vocabulary, String code) {
            Bilingual label = vocabularies.computeIfAbsent(vocabulary, v -> {
                Map<String, Bilingual> byCode = new HashMap<>();
                for (TermView t : terms.list(v)) {
                    byCode.put(t.code(), t.label());
                }
                return byCode;
            }).get(code);
            return label == null || label.isEmpty() ? new Label(code, bi.pageLang()) : of(label);
        }

        private Label maker(String id) {
            try {
                return of(agents.get(Long.parseLong(id)).name());
            } catch (NumberFormatException | RecordNotFoundException e) {
                return new Label(id, bi.pageLang());
            }
        }

        private Label message(String key, Object... args) {
            return new Label(messages.getMessage(key, args, LocaleContextHolder.getLocale()), bi.pageLang());
        }

        private Label of(Bilingual value) {
            return new Label(bi.text(value), bi.lang(value));
        }
    }
}
