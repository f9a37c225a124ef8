package tw.museum.site.staff.authority;

import java.util.List;
import tw.museum.catalog.agent.AgentData;
import tw.museum.catalog.agent.AgentKind;
import tw.museum.catalog.agent.AgentView;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.place.PlaceData;
import tw.museum.catalog.place.PlaceView;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.site.staff.BilingualInput;
import tw.museum.site.staff.FormValues;

/** Form-backing objects of the authority pages; property paths match the catalogue's problem fields. */
public final class AuthorityForms {

    private AuthorityForms() {
    }

    public static class AgentForm {
        private String kind = AgentKind.PERSON.name();
        private BilingualInput name = new BilingualInput();
        private String sortName;
        private BilingualInput biography = new BilingualInput();
        private BilingualInput nationality = new BilingualInput();
        private String beginYear;
        private String endYear;
        private String externalId;
        private String version;

        static AgentForm of(AgentView a) {
            AgentForm f = new AgentForm();
            f.kind = a.kind() == null ? null : a.kind().name();
            f.name = BilingualInput.of(a.name());
            f.sortName = a.sortName();
            f.biography = BilingualInput.of(a.biography());
            f.nationality = BilingualInput.of(a.nationality());
            f.beginYear = FormValues.text(a.beginYear());
            f.endYear = FormValues.text(a.endYear());
            f.externalId = a.externalId();
            f.version = String.valueOf(a.version());
            return f;
        }

        AgentData toData(List<FieldProblem> problems) {
            AgentKind k = null;
            for (AgentKind candidate : AgentKind.values()) {
                if (candidate.name().equals(kind)) {
                    k = candidate;
                }
            }
            return new AgentData(k, name.toBilingual(), blank(sortName), biography.toBilingual(),
                    nationality.toBilingual(), FormValues.toInteger(beginYear, "beginYear", problems),
                    FormValues.toInteger(endYear, "endYear", problems), blank(externalId),
                    FormValues.toLong(version, "version", new java.util.ArrayList<>()));
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public BilingualInput getName() { return name; }
        public void setName(BilingualInput name) { this.name = name; }
        public String getSortName() { return sortName; }
        public void setSortName(String sortName) { this.sortName = sortName; }
        public BilingualInput getBiography() { return biography; }
        public void setBiography(BilingualInput biography) { this.biography = biography; }
        public BilingualInput getNationality() { return nationality; }
        public void setNationality(BilingualInput nationality) { this.nationality = nationality; }
        public String getBeginYear() { return beginYear; }
        public void setBeginYear(String beginYear) { this.beginYear = beginYear; }
        public String getEndYear() { return endYear; }
        public void setEndYear(String endYear) { this.endYear = endYear; }
        public String getExternalId() { return externalId; }
        public void setExternalId(String externalId) { this.externalId = externalId; }
        public String getVersion() { return version; }
        public void setVersion(String version) { this.version = version; }
    }

    public static class PlaceForm {
        private BilingualInput name = new BilingualInput();
        private String parentId;
        private String latitude;
        private String longitude;
        private String version;

        static PlaceForm of(PlaceView p) {
            PlaceForm f = new PlaceForm();
            f.name = BilingualInput.of(p.name());
            f.parentId = FormValues.text(p.parentId());
            f.latitude = FormValues.text(p.latitude());
            f.longitude = FormValues.text(p.longitude());
            f.version = String.valueOf(p.version());
            return f;
        }

        PlaceData toData(List<FieldProblem> problems) {
            return new PlaceData(name.toBilingual(), FormValues.toLong(parentId, "parentId", problems),
                    FormValues.toDouble(latitude, "latitude", problems),
                    FormValues.toDouble(longitude, "longitude", problems),
                    FormValues.toLong(version, "version", new java.util.ArrayList<>()));
        }

        public BilingualInput getName() { return name; }
        public void setName(BilingualInput name) { this.name = name; }
        public String getParentId() { return parentId; }
        public void setParentId(String parentId) { this.parentId = parentId; }
        public String getLatitude() { return latitude; }
        public void setLatitude(String latitude) { this.latitude = latitude; }
        public String getLongitude() { return longitude; }
        public void setLongitude(String longitude) { this.longitude = longitude; }
        public String getVersion() { return version; }
        public void setVersion(String version) { this.version = version; }
    }

    public static class TermForm {
        private String code;
        private BilingualInput label = new BilingualInput();
        private BilingualInput scopeNote = new BilingualInput();
        private String parentCode;
        private String version;

        static TermForm of(TermView t) {
            TermForm f = new TermForm();
            f.code = t.code();
            f.label = BilingualInput.of(t.label());
            f.scopeNote = BilingualInput.of(t.scopeNote());
            f.parentCode = t.parentCode();
            f.version = String.valueOf(t.version());
            return f;
        }

        TermData toData() {
            return new TermData(blank(code), label.toBilingual(), scopeNote.toBilingual(), blank(parentCode),
                    FormValues.toLong(version, "version", new java.util.ArrayList<>()));
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public BilingualInput getLabel() { return label; }
        public void setLabel(BilingualInput label) { this.label = label; }
        public BilingualInput getScopeNote() { return scopeNote; }
        public void setScopeNote(BilingualInput scopeNote) { this.scopeNote = scopeNote; }
        public String getParentCode() { return parentCode; }
        public void setParentCode(String parentCode) { this.parentCode = parentCode; }
        public String getVersion() { return version; }
        public void setVersion(String version) { this.version = version; }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
