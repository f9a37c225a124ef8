package tw.museum.site.batch;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tw.museum.catalog.batch.BatchField;
import tw.museum.catalog.batch.BatchInput;
import tw.museum.catalog.batch.BatchItemView;
import tw.museum.catalog.batch.BatchView;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.batch.FieldValue;
import tw.museum.site.i18n.BilingualText;
import tw.museum.site.staff.FormProblems;

/**
 * A field's value as one line of text in the reader's language, for the batch pages and the CSV of a batch:
 * terms by label with their code, a status by its name, a text in both languages.
 */
@Component("batchValues")
public class BatchValueText {

    private final BilingualText bi;
    private final MessageSource messages;

    public BatchValueText(BilingualText bi, MessageSource messages) {
        this.bi = bi;
        this.messages = messages;
    }

    /** What the batch sets, adds or removes, with the labels of its terms. */
    public String value(BatchView batch, BatchField field) {
        return text(field.resolve(batch.operation(), batch.value(), new Checks()), field);
    }

    /** Why a record was refused or skipped, in the reader's language. */
    public List<String> reasons(BatchItemView item) {
        return FormProblems.of(item.problems(), messages, LocaleContextHolder.getLocale()).all().values().stream()
                .flatMap(List::stream).toList();
    }

    public String text(FieldValue value, BatchField field) {
        if (value == null) {
            return "";
        }
        if (value.isEmpty()) {
            return messages.getMessage("batch.value.empty", null, "—", LocaleContextHolder.getLocale());
        }
        Locale locale = LocaleContextHolder.getLocale();
        return value.parts().stream().map(p -> part(p, field, locale)).collect(Collectors.joining("、"));
    }

    private String part(FieldValue.Part p, BatchField field, Locale locale) {
        if (p.code() == null) {
            return p.label().zh() != null && p.label().en() != null ? p.label().zh() + " / " + p.label().en()
                    : bi.text(p.label());
        }
        if (field != null && field.input().kind() == BatchInput.Kind.CHOICE) { // the choices are statuses
            return messages.getMessage("staff.status." + p.code(), null, p.code(), locale);
        }
        return p.label() == null ? p.code() : bi.text(p.label()) + " (" + p.code() + ")";
    }
}
