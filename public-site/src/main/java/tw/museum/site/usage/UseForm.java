package tw.museum.site.usage;

import java.util.ArrayList;
import java.util.List;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.usage.CollectionUseData;
import tw.museum.catalog.usage.CollectionUseView;
import tw.museum.catalog.usage.UsedObject;
import tw.museum.catalog.usage.UseKind;
import tw.museum.site.staff.BilingualInput;
import tw.museum.site.staff.FormValues;

/**
 * The workspace form of a recorded use, as typed. Objects are typed one number per line (numbers may hold
 * slashes, commas and spaces, so a line is one number); problems of the n-th number show on the list.
 */
public class UseForm {

    private String kind;
    private BilingualInput purpose = new BilingualInput();
    private String usedFrom;
    private String usedUntil;
    private String usedBy;
    private String notes;
    private String objects;
    private String version;

    public static UseForm forObject(String objectNumber) {
        UseForm form = new UseForm();
        form.kind = UseKind.WORKSHOP.name();
        form.objects = objectNumber;
        return form;
    }

    public static UseForm of(CollectionUseView u) {
        UseForm f = new UseForm();
        f.kind = u.kind().name();
        f.purpose = BilingualInput.of(u.purpose());
        f.usedFrom = FormValues.text(u.usedFrom());
        f.usedUntil = FormValues.text(u.usedUntil());
        f.usedBy = u.usedBy();
        f.notes = u.notes();
        f.objects = String.join("\n", u.objects().stream().map(UsedObject::objectNumber).toList());
        f.version = String.valueOf(u.version());
        return f;
    }

    public record Conversion(CollectionUseData data, List<FieldProblem> problems) {

        /** Every problem of an object line belongs to the one list input. */
        public String formField(String recordField) {
            return recordField.startsWith("objectNumbers") ? "objects" : recordField;
        }
    }

    public Conversion toData() {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> numbers = objects == null ? List.of()
                : objects.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        CollectionUseData data = new CollectionUseData(FormValues.toEnum(UseKind.class, kind, "kind", problems),
                purpose.toBilingual(), FormValues.toDate(usedFrom, "usedFrom", problems),
                FormValues.toDate(usedUntil, "usedUntil", problems), usedBy, notes, numbers,
                FormValues.toLong(version, "version", new ArrayList<>()));
        return new Conversion(data, problems);
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public BilingualInput getPurpose() { return purpose; }
    public void setPurpose(BilingualInput purpose) { this.purpose = purpose; }
    public String getUsedFrom() { return usedFrom; }
    public void setUsedFrom(String usedFrom) { this.usedFrom = usedFrom; }
    public String getUsedUntil() { return usedUntil; }
    public void setUsedUntil(String usedUntil) { this.usedUntil = usedUntil; }
    public String getUsedBy() { return usedBy; }
    public void setUsedBy(String usedBy) { this.usedBy = usedBy; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getObjects() { return objects; }
    public void setObjects(String objects) { this.objects = objects; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
