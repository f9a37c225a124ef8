package tw.museum.site.healthcheck;

import java.util.ArrayList;
import java.util.List;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.healthcheck.QuoteLineData;
import tw.museum.catalog.healthcheck.QuoteLineKind;
import tw.museum.catalog.healthcheck.ServiceKind;

/** Staff's edits of a draft quote: each line's amounts, lines to remove, and one optional new line. */
public class QuoteForm {

    private Long version;
    private List<Line> lines = new ArrayList<>();

    /** One line as typed; amounts stay text so a typo comes back with a message. */
    public static class Line {
        private String kind;
        private String service;
        private String text;
        private String quantity;
        private String unitAmount;
        private boolean remove;

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getService() { return service; }
        public void setService(String service) { this.service = service; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getQuantity() { return quantity; }
        public void setQuantity(String quantity) { this.quantity = quantity; }
        public String getUnitAmount() { return unitAmount; }
        public void setUnitAmount(String unitAmount) { this.unitAmount = unitAmount; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }

        boolean isBlank() {
            return (text == null || text.isBlank()) && (unitAmount == null || unitAmount.isBlank());
        }
    }

    List<QuoteLineData> toLines(List<FieldProblem> problems) {
        List<QuoteLineData> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l == null || l.remove || l.isBlank()) {
                continue;
            }
            String field = "lines[" + i + "]";
            QuoteLineKind kind = parse(QuoteLineKind.class, l.kind, QuoteLineKind.OTHER);
            ServiceKind service = parse(ServiceKind.class, l.service, null);
            out.add(new QuoteLineData(kind, service, l.text, (int) number(field + ".quantity", l.quantity, 1, problems),
                    number(field + ".unitAmount", l.unitAmount, 0, problems)));
        }
        return out;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static long number(String field, String value, long blank, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return blank;
        }
        try {
            return Long.parseLong(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "wrong-type"));
            return blank;
        }
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
}
