package tw.museum.site.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.learning.AgeGroup;
import tw.museum.catalog.learning.ItemData;
import tw.museum.catalog.learning.LearningUnitData;
import tw.museum.catalog.learning.LearningUnitView;
import tw.museum.catalog.learning.Reference;
import tw.museum.catalog.learning.SectionData;
import tw.museum.site.staff.BilingualInput;

/**
 * The workspace form of a learning unit, holding exactly what was typed so a refused form comes back
 * unchanged. Items of a section are typed one per line: an object number, optionally the id of one of
 * its media files, optionally {@code | caption in Chinese | caption in English}. Empty reference and
 * section rows are left out of the unit.
 */
public class LearningUnitForm {

    static final int EMPTY_ROWS = 1;
    private static final Pattern ROW = Pattern.compile("^(references|sections)\\[(\\d+)](.*)$");

    private String slug;
    private Long version;
    private BilingualInput title = new BilingualInput();
    private BilingualInput summary = new BilingualInput();
    private List<String> themes = new ArrayList<>();
    private String ageGroup;
    private BilingualInput goals = new BilingualInput();
    private BilingualInput questions = new BilingualInput();
    private List<ReferenceRow> references = new ArrayList<>();
    private List<SectionRow> sections = new ArrayList<>();

    public static LearningUnitForm empty() {
        return new LearningUnitForm().padded();
    }

    public static LearningUnitForm of(LearningUnitView u) {
        LearningUnitForm f = new LearningUnitForm();
        f.slug = u.slug();
        f.version = u.version();
        f.title = BilingualInput.of(u.title());
        f.summary = BilingualInput.of(u.summary());
        f.themes = new ArrayList<>(u.themes().stream().map(t -> t.code()).toList());
        f.ageGroup = u.ageGroup() == null ? null : u.ageGroup().name();
        f.goals = BilingualInput.of(u.goals());
        f.questions = BilingualInput.of(u.questions());
        u.references().forEach(r -> f.references.add(new ReferenceRow(BilingualInput.of(r.citation()), r.url())));
        u.sections().forEach(s -> {
            StringBuilder items = new StringBuilder();
            s.items().forEach(i -> {
                items.append(i.objectNumber());
                if (i.mediaId() != null) {
                    items.append(' ').append(i.mediaId());
                }
                if (!i.caption().isEmpty()) {
                    items.append(" | ").append(nullToEmpty(i.caption().zh()));
                    if (i.caption().en() != null) {
                        items.append(" | ").append(i.caption().en());
                    }
                }
                items.append('\n');
            });
            f.sections.add(new SectionRow(BilingualInput.of(s.heading()), BilingualInput.of(s.body()), items.toString()));
        });
        return f.padded();
    }

    /** Adds empty rows to fill in, so a reference or a section can be added without script. */
    public LearningUnitForm padded() {
        references.removeIf(ReferenceRow::isBlank);
        sections.removeIf(SectionRow::isBlank);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            references.add(new ReferenceRow());
            sections.add(new SectionRow());
        }
        return this;
    }

    /** The unit data, the problems found in the form itself, and which form row each record row came from. */
    public record Conversion(LearningUnitData data, List<FieldProblem> problems, List<Integer> referenceRows,
                             List<Integer> sectionRows) {

        /** The form field a problem of the record belongs to ({@code sections[1].items[0].objectNumber} → {@code sections[3].items}). */
        public String formField(String recordField) {
            if (recordField.startsWith("themes[")) {
                return "themes";
            }
            Matcher m = ROW.matcher(recordField);
            if (!m.matches()) {
                return recordField;
            }
            List<Integer> rows = m.group(1).equals("references") ? referenceRows : sectionRows;
            int index = Integer.parseInt(m.group(2));
            String row = m.group(1) + "[" + (index < rows.size() ? rows.get(index) : index) + "]";
            String rest = m.group(3);
            return rest.startsWith(".items") ? row + ".items" : row + rest;
        }
    }

    public Conversion toData(String fixedSlug) {
        List<FieldProblem> problems = new ArrayList<>();
        AgeGroup age = null;
        if (ageGroup != null && !ageGroup.isBlank()) {
            try {
                age = AgeGroup.valueOf(ageGroup);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("ageGroup", "not-one-of", "PRIMARY, JUNIOR_HIGH, SENIOR_HIGH, ADULT, FAMILY"));
            }
        }
        List<Reference> refs = new ArrayList<>();
        List<Integer> referenceRows = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            ReferenceRow r = references.get(i);
            if (!r.isBlank()) {
                refs.add(new Reference(r.citation.toBilingual(), blankToNull(r.url)));
                referenceRows.add(i);
            }
        }
        List<SectionData> sectionData = new ArrayList<>();
        List<Integer> sectionRows = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            SectionRow s = sections.get(i);
            if (s.isBlank()) {
                continue;
            }
            List<ItemData> items = new ArrayList<>();
            for (String line : nullToEmpty(s.items).lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                ItemData item = parseItem(line);
                if (item == null) {
                    problems.add(FieldProblem.of("sections[" + i + "].items", "item-format", line));
                } else {
                    items.add(item);
                }
            }
            sectionData.add(new SectionData(s.heading.toBilingual(), s.body.toBilingual(), items));
            sectionRows.add(i);
        }
        LearningUnitData data = new LearningUnitData(fixedSlug != null ? fixedSlug : slug, title.toBilingual(),
                summary.toBilingual(), themes.stream().filter(t -> t != null && !t.isBlank()).toList(), age,
                goals.toBilingual(), questions.toBilingual(), refs, sectionData, version);
        return new Conversion(data, problems, referenceRows, sectionRows);
    }

    /** {@code NUMBER [MEDIA-ID] [| caption zh [| caption en]]}, or null when it cannot be read. */
    static ItemData parseItem(String line) {
        String[] parts = line.split("\\|", 3);
        String[] head = parts[0].strip().split("\\s+");
        if (head.length == 0 || head[0].isEmpty() || head.length > 2) {
            return null;
        }
        Long mediaId = null;
        if (head.length == 2) {
            try {
                mediaId = Long.parseLong(head[1].replaceFirst("^m-", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Bilingual caption = Bilingual.of(parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
        return new ItemData(head[0], mediaId, caption);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public static class ReferenceRow {
        private BilingualInput citation = new BilingualInput();
        private String url;

        public ReferenceRow() {
        }

        ReferenceRow(BilingualInput citation, String url) {
            this.citation = citation;
            this.url = url;
        }

        boolean isBlank() {
            return citation.isBlank() && (url == null || url.isBlank());
        }

        public BilingualInput getCitation() { return citation; }
        public void setCitation(BilingualInput citation) { this.citation = citation; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
    }

    public static class SectionRow {
        private BilingualInput heading = new BilingualInput();
        private BilingualInput body = new BilingualInput();
        private String items;

        public SectionRow() {
        }

        SectionRow(BilingualInput heading, BilingualInput body, String items) {
            this.heading = heading;
            this.body = body;
            this.items = items;
        }

        boolean isBlank() {
            return heading.isBlank() && body.isBlank() && (items == null || items.isBlank());
        }

        public BilingualInput getHeading() { return heading; }
        public void setHeading(BilingualInput heading) { this.heading = heading; }
        public BilingualInput getBody() { return body; }
        public void setBody(BilingualInput body) { this.body = body; }
        public String getItems() { return items; }
        public void setItems(String items) { this.items = items; }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public BilingualInput getTitle() { return title; }
    public void setTitle(BilingualInput title) { this.title = title; }
    public BilingualInput getSummary() { return summary; }
    public void setSummary(BilingualInput summary) { this.summary = summary; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes; }
    public String getAgeGroup() { return ageGroup; }
    public void setAgeGroup(String ageGroup) { this.ageGroup = ageGroup; }
    public BilingualInput getGoals() { return goals; }
    public void setGoals(BilingualInput goals) { this.goals = goals; }
    public BilingualInput getQuestions() { return questions; }
    public void setQuestions(BilingualInput questions) { this.questions = questions; }
    public List<ReferenceRow> getReferences() { return references; }
    public void setReferences(List<ReferenceRow> references) { this.references = references; }
    public List<SectionRow> getSections() { return sections; }
    public void setSections(List<SectionRow> sections) { this.sections = sections; }
}
