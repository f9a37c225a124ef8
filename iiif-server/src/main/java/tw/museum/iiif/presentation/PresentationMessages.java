package tw.museum.iiif.presentation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Interface texts of manifests from the bundle i18n/iiif, in both languages at once. */
@Component
public class PresentationMessages {

    private static final Locale ZH = Locale.TAIWAN;
    private static final Locale EN = Locale.ENGLISH;

    private final MessageSource messages;

    public PresentationMessages(@Qualifier(PresentationConfiguration.MESSAGES) MessageSource messages) {
        this.messages = messages;
    }

    /** A text as a language map with both languages. */
    public Map<String, List<String>> label(String key, Object... args) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put(LanguageMaps.ZH, List.of(messages.getMessage(key, args, ZH)));
        map.put(LanguageMaps.EN, List.of(messages.getMessage(key, args, EN)));
        return map;
    }

    /** A text in one language: {@code english} false = Traditional Chinese. */
    public String text(boolean english, String key, Object... args) {
        return messages.getMessage(key, args, english ? EN : ZH);
    }
}
