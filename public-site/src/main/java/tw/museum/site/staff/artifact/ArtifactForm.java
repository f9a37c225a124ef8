package tw.museum.site.staff.artifact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.artifact.Dimension;
import tw.museum.catalog.artifact.ExternalLink;
import tw.museum.catalog.artifact.MakerInput;
import tw.museum.catalog.artifact.ProductionDate;
import tw.museum.catalog.artifact.RestrictedData;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.vocabulary.TermRef;
import tw.museum.site.staff.BilingualInput;
import tw.museum.site.staff.FormValues;

/**
 * The artifact form as typed. Its property paths are the ones the catalogue reports problems against
 * ("title.zh", "makers[0].agentId", "dimensions[1].unit", "restricted.storageLocation"), so a refused
 * form can show each problem next to its input. Numbers stay text until submitted, so nothing typed is
 * lost. Row lists (makers, dimensions, links) may hold empty rows, which are left out of the record;
 * {@link Conversion#formField} maps the record's row numbers back to the form's.
 */
public class ArtifactForm {

    private static final Pattern ROW = Pattern.compile("^(makers|dimensions|links)\\[(\\d+)](.*)$");
    private static final Pattern TERM = Pattern.compile("^(materials|techniques|subjects)\\[\\d+].*$");
    public static final int EMPTY_ROWS = 2;

    private String objectNumber;
    private BilingualInput title = new BilingualInput();
    private String objectName;
    private String classification;
    private BilingualInput description = new BilingualInput();
    private DateInput productionDate = new DateInput();
    private String productionPlaceId;
    private List<MakerRow> makers = new ArrayList<>();
    private List<String> materials = new ArrayList<>();
    private List<String> techniques = new ArrayList<>();
    private List<String> subjects = new ArrayList<>();
    private List<DimensionRow> dimensions = new ArrayList<>();
    private BilingualInput inscription = new BilingualInput();
    private BilingualInput provenance = new BilingualInput();
    private BilingualInput creditLine = new BilingualInput();
    private String licence;
    private BilingualInput rightsStatement = new BilingualInput();
    private List<LinkRow> links = new ArrayList<>();
    private RestrictedInput restricted = new RestrictedInput();
    private String version;

    /** An empty form with room for new rows. */
    public static ArtifactForm empty() {
        ArtifactForm form = new ArtifactForm();
        form.addEmptyRows();
        return form;
    }

    /** The form filled from a stored record, plus empty rows to add more. */
    public static ArtifactForm of(ArtifactView a) {
        ArtifactForm f = new ArtifactForm();
        f.objectNumber = a.objectNumber();
        f.title = BilingualInput.of(a.title());
        f.objectName = a.objectName() == null ? null : a.objectName().code();
        f.classification = a.classification() == null ? null : a.classification().code();
        f.description = BilingualInput.of(a.description());
        if (a.productionDate() != null) {
            f.productionDate.display = BilingualInput.of(a.productionDate().display());
            f.productionDate.earliestYear = FormValues.text(a.productionDate().earliestYear());
            f.productionDate.latestYear = FormValues.text(a.productionDate().latestYear());
        }
        f.productionPlaceId = a.productionPlace() == null ? null : String.valueOf(a.productionPlace().id());
        a.makers().forEach(m -> f.makers.add(new MakerRow(String.valueOf(m.agentId()), BilingualInput.of(m.role()))));
        f.materials = codes(a.materials());
        f.techniques = codes(a.techniques());
        f.subjects = codes(a.subjects());
        a.dimensions().forEach(d -> f.dimensions.add(new DimensionRow(BilingualInput.of(d.part()), d.aspect(),
                FormValues.text(d.value()), d.unit())));
        f.inscription = BilingualInput.of(a.inscription());
        f.provenance = BilingualInput.of(a.provenance());
        f.creditLine = BilingualInput.of(a.creditLine());
        f.licence = a.licence();
        f.rightsStatement = BilingualInput.of(a.rightsStatement());
        a.links().forEach(l -> f.links.add(new LinkRow(l.url(), BilingualInput.of(l.label()))));
        RestrictedData r = a.restricted() == null ? RestrictedData.empty() : a.restricted();
        f.restricted = new RestrictedInput(r.storageLocation(), r.internalNotes());
        f.version = String.valueOf(a.version());
        f.addEmptyRows();
        return f;
    }

    private static List<String> codes(List<TermRef> refs) {
        return new ArrayList<>(refs.stream().map(TermRef::code).toList());
    }

    /** Makes sure each row list ends with {@value #EMPTY_ROWS} empty rows to fill in. */
    public void addEmptyRows() {
        pad(makers, MakerRow::isBlank, MakerRow::new);
        pad(dimensions, DimensionRow::isBlank, DimensionRow::new);
        pad(links, LinkRow::isBlank, LinkRow::new);
    }

    private static <T> void pad(List<T> rows, java.util.function.Predicate<T> blank, java.util.function.Supplier<T> empty) {
        int trailing = 0;
        for (int i = rows.size() - 1; i >= 0 && blank.test(rows.get(i)); i--) {
            trailing++;
        }
        for (int i = trailing; i < EMPTY_ROWS; i++) {
            rows.add(empty.get());
        }
    }

    /** The record to submit, the problems found while reading numbers, and the row mapping. */
    public record Conversion(ArtifactData data, List<FieldProblem> problems, List<Integer> makerRows,
                             List<Integer> dimensionRows, List<Integer> linkRows) {

        /** The form field a problem of the record belongs to. */
        public String formField(String recordField) {
            Matcher m = ROW.matcher(recordField);
            if (m.matches()) {
                List<Integer> rows = switch (m.group(1)) {
                    case "makers" -> makerRows;
                    case "dimensions" -> dimensionRows;
                    default -> linkRows;
                };
                int index = Integer.parseInt(m.group(2));
                int formIndex = index < rows.size() ? rows.get(index) : index;
                return m.group(1) + "[" + formIndex + "]" + m.group(3);
            }
            Matcher t = TERM.matcher(recordField);
            if (t.matches()) {
                return t.group(1);
            }
            return recordField;
        }

        public UnaryOperator<String> mapping() {
            return this::formField;
        }
    }

    /** Reads the form into the catalogue's record; {@code objectNumber} overrides the typed one (edits). */
    public Conversion toData(String fixedObjectNumber) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Integer> makerRows = new ArrayList<>();
        List<MakerInput> makerInputs = new ArrayList<>();
        for (int i = 0; i < makers.size(); i++) {
            MakerRow row = makers.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            makerRows.add(i);
            makerInputs.add(new MakerInput(FormValues.toLong(row.agentId, "makers[" + i + "].agentId", problems),
                    row.role.toBilingual()));
        }
        List<Integer> dimensionRows = new ArrayList<>();
        List<Dimension> dims = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            DimensionRow row = dimensions.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            dimensionRows.add(i);
            dims.add(new Dimension(row.part.toBilingual(), blankToNull(row.aspect),
                    FormValues.toDecimal(row.value, "dimensions[" + i + "].value", problems), blankToNull(row.unit)));
        }
        List<Integer> linkRows = new ArrayList<>();
        List<ExternalLink> linkList = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            LinkRow row = links.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            linkRows.add(i);
            linkList.add(new ExternalLink(blankToNull(row.url), row.label.toBilingual()));
        }
        ProductionDate date = new ProductionDate(productionDate.display.toBilingual(),
                FormValues.toInteger(productionDate.earliestYear, "productionDate.earliestYear", problems),
                FormValues.toInteger(productionDate.latestYear, "productionDate.latestYear", problems));
        RestrictedData restrictedData = new RestrictedData(blankToNull(restricted.storageLocation),
                blankToNull(restricted.internalNotes));
        ArtifactData data = new ArtifactData(
                fixedObjectNumber != null ? fixedObjectNumber : blankToNull(objectNumber),
                title.toBilingual(), blankToNull(objectName), blankToNull(classification), description.toBilingual(),
                date, FormValues.toLong(productionPlaceId, "productionPlaceId", problems), makerInputs,
                nonBlank(materials), nonBlank(techniques), nonBlank(subjects), dims,
                inscription.toBilingual(), provenance.toBilingual(), creditLine.toBilingual(),
                blankToNull(licence), rightsStatement.toBilingual(), linkList, restrictedData,
                FormValues.toLong(version, "version", new ArrayList<>()));
        return new Conversion(data, problems, makerRows, dimensionRows, linkRows);
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public static class DateInput {
        private BilingualInput display = new BilingualInput();
        private String earliestYear;
        private String latestYear;

        public BilingualInput getDisplay() { return display; }
        public void setDisplay(BilingualInput display) { this.display = display; }
        public String getEarliestYear() { return earliestYear; }
        public void setEarliestYear(String earliestYear) { this.earliestYear = earliestYear; }
        public String getLatestYear() { return latestYear; }
        public void setLatestYear(String latestYear) { this.latestYear = latestYear; }
    }

    public static class MakerRow {
        private String agentId;
        private BilingualInput role = new BilingualInput();

        public MakerRow() {
        }

        MakerRow(String agentId, BilingualInput role) {
            this.agentId = agentId;
            this.role = role;
        }

        public boolean isBlank() {
            return FormValues.blank(agentId) && (role == null || role.isBlank());
        }

        public String getAgentId() { return agentId; }
        public void setAgentId(String agentId) { this.agentId = agentId; }
        public BilingualInput getRole() { return role; }
        public void setRole(BilingualInput role) { this.role = role; }
    }

    public static class DimensionRow {
        private BilingualInput part = new BilingualInput();
        private String aspect;
        private String value;
        private String unit;

        public DimensionRow() {
        }

        DimensionRow(BilingualInput part, String aspect, String value, String unit) {
            this.part = part;
            this.aspect = aspect;
            this.value = value;
            this.unit = unit;
        }

        public boolean isBlank() {
            return (part == null || part.isBlank()) && FormValues.blank(aspect) && FormValues.blank(value)
                    && FormValues.blank(unit);
        }

        public BilingualInput getPart() { return part; }
        public void setPart(BilingualInput part) { this.part = part; }
        public String getAspect() { return aspect; }
        public void setAspect(String aspect) { this.aspect = aspect; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
    }

    public static class LinkRow {
        private String url;
        private BilingualInput label = new BilingualInput();

        public LinkRow() {
        }

        LinkRow(String url, BilingualInput label) {
            this.url = url;
            this.label = label;
        }

        public boolean isBlank() {
            return FormValues.blank(url) && (label == null || label.isBlank());
        }

        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public BilingualInput getLabel() { return label; }
        public void setLabel(BilingualInput label) { this.label = label; }
    }

    public static class RestrictedInput {
        private String storageLocation;
        private String internalNotes;

        public RestrictedInput() {
        }

        RestrictedInput(String storageLocation, String internalNotes) {
            this.storageLocation = storageLocation;
            this.internalNotes = internalNotes;
        }

        public String getStorageLocation() { return storageLocation; }
        public void setStorageLocation(String storageLocation) { this.storageLocation = storageLocation; }
        public String getInternalNotes() { return internalNotes; }
        public void setInternalNotes(String internalNotes) { this.internalNotes = internalNotes; }
    }

    public String getObjectNumber() { return objectNumber; }
    public void setObjectNumber(String objectNumber) { this.objectNumber = objectNumber; }
    public BilingualInput getTitle() { return title; }
    public void setTitle(BilingualInput title) { this.title = title; }
    public String getObjectName() { return objectName; }
    public void setObjectName(String objectName) { this.objectName = objectName; }
    public String getClassification() { return classification; }
    public void setClassification(String classification) { this.classification = classification; }
    public BilingualInput getDescription() { return description; }
    public void setDescription(BilingualInput description) { this.description = description; }
    public DateInput getProductionDate() { return productionDate; }
    public void setProductionDate(DateInput productionDate) { this.productionDate = productionDate; }
    public String getProductionPlaceId() { return productionPlaceId; }
    public void setProductionPlaceId(String productionPlaceId) { this.productionPlaceId = productionPlaceId; }
    public List<MakerRow> getMakers() { return makers; }
    public void setMakers(List<MakerRow> makers) { this.makers = makers; }
    public List<String> getMaterials() { return materials; }
    public void setMaterials(List<String> materials) { this.materials = materials; }
    public List<String> getTechniques() { return techniques; }
    public void setTechniques(List<String> techniques) { this.techniques = techniques; }
    public List<String> getSubjects() { return subjects; }
    public void setSubjects(List<String> subjects) { this.subjects = subjects; }
    public List<DimensionRow> getDimensions() { return dimensions; }
    public void setDimensions(List<DimensionRow> dimensions) { this.dimensions = dimensions; }
    public BilingualInput getInscription() { return inscription; }
    public void setInscription(BilingualInput inscription) { this.inscription = inscription; }
    public BilingualInput getProvenance() { return provenance; }
    public void setProvenance(BilingualInput provenance) { this.provenance = provenance; }
    public BilingualInput getCreditLine() { return creditLine; }
    public void setCreditLine(BilingualInput creditLine) { this.creditLine = creditLine; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public BilingualInput getRightsStatement() { return rightsStatement; }
    public void setRightsStatement(BilingualInput rightsStatement) { this.rightsStatement = rightsStatement; }
    public List<LinkRow> getLinks() { return links; }
    public void setLinks(List<LinkRow> links) { this.links = links; }
    public RestrictedInput getRestricted() { return restricted; }
    public void setRestricted(RestrictedInput restricted) { this.restricted = restricted; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
