package tw.museum.importer.run;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The tool's texts (help, progress, summary, errors) from the bundle {@code i18n/import}: Traditional
 * Chinese in the base file, English in {@code _en}; chosen by {@code --lang} or the system locale.
 */
public final class CliText {

    private final ResourceBundle bundle;
    private final Locale locale;

    public CliText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/import", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Locale locale(String lang) {
        if (lang == null || lang.isBlank()) {
            Locale system = Locale.getDefault();
            return "en".equals(system.getLanguage()) ? Locale.ENGLISH : Locale.TAIWAN;
        }
        return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.TAIWAN;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** A message of an unreadable source or mapping, its nested messages and lists formatted too. */
    public String format(tw.museum.importer.source.UnreadableSourceException.Message message) {
        Object[] args = new Object[message.args().length];
        for (int i = 0; i < args.length; i++) {
            Object a = message.args()[i];
            if (a instanceof tw.museum.importer.source.UnreadableSourceException.Message m) {
                args[i] = format(m);
            } else if (a instanceof java.util.List<?> list) {
                args[i] = String.join("; ", list.stream().map(x -> x instanceof tw.museum.importer.source.UnreadableSourceException.Message m
                        ? format(m) : String.valueOf(x)).toList());
            } else {
                args[i] = a == null ? "" : a.toString(); // numbers as they are: no grouping in counts and line numbers
            }
        }
        return get(message.key(), args);
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
