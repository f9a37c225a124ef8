package tw.museum.site.document;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * English texts inside a Chinese document, for bilingual headings: {@code ${en.t('cond.grade')}} next to
 * {@code #{cond.grade}}.
 */
public record EnglishText(MessageSource messages) {

    public String t(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
