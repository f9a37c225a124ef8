package tw.museum.site.location;

import java.util.List;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.location.LocationData;
import tw.museum.catalog.location.LocationKind;
import tw.museum.catalog.location.LocationView;
import tw.museum.site.staff.BilingualInput;
import tw.museum.site.staff.FormValues;

/** The location form; property paths match the location service's problem fields. */
public class LocationForm {

    private String code;
    private BilingualInput name = new BilingualInput();
    private String kind;
    private String parentCode;
    private BilingualInput environment = new BilingualInput();
    private String version;

    static LocationForm of(LocationView l) {
        LocationForm f = new LocationForm();
        f.code = l.code();
        f.name = BilingualInput.of(l.name());
        f.kind = l.kind().name();
        f.parentCode = l.ancestors().isEmpty() ? null : l.ancestors().get(l.ancestors().size() - 1).code();
        f.environment = BilingualInput.of(l.environment());
        f.version = String.valueOf(l.version());
        return f;
    }

    static LocationForm under(LocationView parent) {
        LocationForm f = new LocationForm();
        if (parent != null) {
            f.parentCode = parent.code();
        }
        return f;
    }

    /** The location above is typed by its code (the one on its label); the caller looks up its id. */
    LocationData toData(Long parentId, List<FieldProblem> problems) {
        return new LocationData(FormValues.blank(code) ? null : code,
                name.toBilingual(), FormValues.toEnum(LocationKind.class, kind, "kind", problems),
                parentId, environment.toBilingual(),
                FormValues.toLong(version, "version", problems));
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public BilingualInput getName() { return name; }
    public void setName(BilingualInput name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getParentCode() { return parentCode; }
    public void setParentCode(String parentCode) { this.parentCode = parentCode; }
    public BilingualInput getEnvironment() { return environment; }
    public void setEnvironment(BilingualInput environment) { this.environment = environment; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
