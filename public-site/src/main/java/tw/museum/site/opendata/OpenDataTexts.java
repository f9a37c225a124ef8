package tw.museum.site.opendata;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.Bilingual;

/** Texts of the open data exports from the opendata bundle, in both languages at once. */
@Component
public class OpenDataTexts {

    private final MessageSource messages;

    public OpenDataTexts(MessageSource messages) {
        this.messages = messages;
    }

    public Bilingual both(String key, Object... args) {
        return new Bilingual(messages.getMessage(key, args, Locale.TAIWAN), messages.getMessage(key, args, Locale.ENGLISH));
    }

    public Bilingual museumName() {
        return both("opendata.museum.name");
    }
}
