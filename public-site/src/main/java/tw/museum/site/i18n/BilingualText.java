package tw.museum.site.i18n;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.Bilingual;

/**
 * Picks the text of a bilingual value for the page's language, falling back to the other language;
 * templates use {@code ${@bi.text(value)}} and {@code ${@bi.lang(value)}} to tag a fallback with its language.
 */
@Component("bi")
public class BilingualText {

    public String text(Bilingual value) {
        return value == null ? null : value.in(language());
    }

    /** The BCP 47 tag of the text {@link #text} returns, for the lang attribute. */
    public String lang(Bilingual value) {
        if (value == null) {
            return null;
        }
        boolean english = "en".equals(language()) ? value.en() != null : value.zh() == null;
        return english ? "en" : "zh-Hant";
    }

    /** Whether the text shown is not in the page's language (it fell back). */
    public boolean isFallback(Bilingual value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return !lang(value).equals(pageLang());
    }

    public String pageLang() {
        return "en".equals(language()) ? "en" : "zh-Hant";
    }

    private static String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return locale.getLanguage();
    }
}
