package tw.museum.site.opendata;

import java.util.function.BiConsumer;
import tw.museum.catalog.common.Bilingual;

/** The language tags of exported values: BCP 47, Traditional Chinese written with its script. */
public final class Languages {

    public static final String CHINESE = "zh-Hant";
    public static final String ENGLISH = "en";

    private Languages() {
    }

    /** Calls {@code each} with (language tag, text) for every filled language, Chinese first. */
    public static void forEach(Bilingual value, BiConsumer<String, String> each) {
        if (value == null) {
            return;
        }
        if (value.zh() != null) {
            each.accept(CHINESE, value.zh());
        }
        if (value.en() != null) {
            each.accept(ENGLISH, value.en());
        }
    }
}
