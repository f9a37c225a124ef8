package tw.museum.site.exhibition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.exhibition.ExhibitData;
import tw.museum.catalog.exhibition.ExhibitionData;
import tw.museum.catalog.exhibition.ExhibitionKind;
import tw.museum.catalog.exhibition.ExhibitionView;
import tw.museum.site.staff.BilingualInput;
import tw.museum.site.staff.FormValues;

/**
 * The workspace form of an exhibition, exactly as typed: dates stay text until submitted, so a refused form
 * comes back unchanged. Object rows are in display order; empty rows are left out, and
 * {@link Conversion#formField} maps the record's row numbers back to the form's.
 */
public class ExhibitionForm {

    static final int EMPTY_ROWS = 3;
    private static final Pattern ROW = Pattern.compile("^objects\\[(\\d+)](.*)$");

    private BilingualInput title = new BilingualInput();
    private BilingualInput description = new BilingualInput();
    private BilingualInput venue = new BilingualInput();
    private String kind;
    private String curator;
    private String opensOn;
    private String closesOn;
    private String location;
    private List<ObjectRow> objects = new ArrayList<>();
    private String version;

    public static ExhibitionForm empty() {
        ExhibitionForm form = new ExhibitionForm();
        form.kind = ExhibitionKind.IN_HOUSE.name();
        form.pad();
        return form;
    }

    public static ExhibitionForm of(ExhibitionView e) {
        ExhibitionForm f = new ExhibitionForm();
        f.title = BilingualInput.of(e.title());
        f.description = BilingualInput.of(e.description());
        f.venue = BilingualInput.of(e.venue());
        f.kind = e.kind() == null ? null : e.kind().name();
        f.curator = e.curator();
        f.opensOn = FormValues.text(e.opensOn());
        f.closesOn = FormValues.text(e.closesOn());
        f.location = e.location();
        e.objects().forEach(o -> f.objects.add(new ObjectRow(o.objectNumber(), BilingualInput.of(o.label()), o.displayNotes())));
        f.version = String.valueOf(e.version());
        f.pad();
        return f;
    }

    /** Makes sure the object rows end with a few empty ones to fill in. */
    public void pad() {
        int trailing = 0;
        for (int i = objects.size() - 1; i >= 0 && objects.get(i).isBlank(); i--) {
            trailing++;
        }
        for (int i = trailing; i < EMPTY_ROWS; i++) {
            objects.add(new ObjectRow());
        }
    }

    /** The record to submit, the problems found reading dates, and which form row each object came from. */
    public record Conversion(ExhibitionData data, List<FieldProblem> problems, List<Integer> rows) {

        public String formField(String recordField) {
            Matcher m = ROW.matcher(recordField);
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                return "objects[" + (index < rows.size() ? rows.get(index) : index) + "]" + m.group(2);
            }
            return recordField;
        }
    }

    public Conversion toData() {
        List<FieldProblem> problems = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<ExhibitData> listed = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            ObjectRow row = objects.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            rows.add(i);
            listed.add(new ExhibitData(row.objectNumber, row.label.toBilingual(), row.displayNotes));
        }
        ExhibitionData data = new ExhibitionData(title.toBilingual(), description.toBilingual(), venue.toBilingual(),
                FormValues.toEnum(ExhibitionKind.class, kind, "kind", problems), curator,
                FormValues.toDate(opensOn, "opensOn", problems), FormValues.toDate(closesOn, "closesOn", problems),
                FormValues.blank(location) ? null : location.strip(), listed,
                FormValues.toLong(version, "version", new ArrayList<>()));
        return new Conversion(data, problems, rows);
    }

    public static class ObjectRow {
        private String objectNumber;
        private BilingualInput label = new BilingualInput();
        private String displayNotes;

        public ObjectRow() {
        }

        ObjectRow(String objectNumber, BilingualInput label, String displayNotes) {
            this.objectNumber = objectNumber;
            this.label = label;
            this.displayNotes = displayNotes;
        }

        public boolean isBlank() {
            return FormValues.blank(objectNumber) && (label == null || label.isBlank()) && FormValues.blank(displayNotes);
        }

        public String getObjectNumber() { return objectNumber; }
        public void setObjectNumber(String objectNumber) { this.objectNumber = objectNumber; }
        public BilingualInput getLabel() { return label; }
        public void setLabel(BilingualInput label) { this.label = label; }
        public String getDisplayNotes() { return displayNotes; }
        public void setDisplayNotes(String displayNotes) { this.displayNotes = displayNotes; }
    }

    public BilingualInput getTitle() { return title; }
    public void setTitle(BilingualInput title) { this.title = title; }
    public BilingualInput getDescription() { return description; }
    public void setDescription(BilingualInput description) { this.description = description; }
    public BilingualInput getVenue() { return venue; }
    public void setVenue(BilingualInput venue) { this.venue = venue; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCurator() { return curator; }
    public void setCurator(String curator) { this.curator = curator; }
    public String getOpensOn() { return opensOn; }
    public void setOpensOn(String opensOn) { this.opensOn = opensOn; }
    public String getClosesOn() { return closesOn; }
    public void setClosesOn(String closesOn) { this.closesOn = closesOn; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public List<ObjectRow> getObjects() { return objects; }
    public void setObjects(List<ObjectRow> objects) { this.objects = objects; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
