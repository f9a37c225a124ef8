package tw.museum.site.condition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.condition.ConditionCheckData;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionGrade;
import tw.museum.catalog.condition.DamageData;
import tw.museum.catalog.condition.DamageView;
import tw.museum.catalog.condition.RiskLevel;
import tw.museum.catalog.condition.Urgency;
import tw.museum.site.staff.BilingualInput;
import tw.museum.site.staff.FormValues;

/**
 * A condition check as typed into the staff form (health-check examinations and artifact condition checks
 * alike). Values stay as typed so a refused form comes back unchanged; {@link #toData} reports values of
 * the wrong type as field problems.
 */
public class ConditionForm {

    /** Empty damage rows offered under the filled ones. */
    static final int SPARE_DAMAGE_ROWS = 3;

    private String context;
    private String contextRef;
    private String examinedAt;
    private String examinedBy;
    private BilingualInput identification = new BilingualInput();
    private String category;
    private String quantity = "1";
    private BilingualInput period = new BilingualInput();
    private BilingualInput provenance = new BilingualInput();
    private BilingualInput materials = new BilingualInput();
    private String dimensions;
    private String grade;
    private BilingualInput summary = new BilingualInput();
    private List<DamageRow> damages = new ArrayList<>();
    private BilingualInput causes = new BilingualInput();
    private String risk;
    private String urgency;
    private BilingualInput recommendations = new BilingualInput();
    private BilingualInput treatment = new BilingualInput();
    private Long version;

    public static ConditionForm blank(ConditionContext context, LocalDate today, String examinedBy) {
        ConditionForm f = new ConditionForm();
        f.context = context.name();
        f.examinedAt = today.toString();
        f.examinedBy = examinedBy;
        f.padDamages();
        return f;
    }

    public static ConditionForm of(ConditionCheckView v) {
        ConditionForm f = new ConditionForm();
        f.context = v.context().name();
        f.contextRef = v.contextRef();
        f.examinedAt = v.examinedAt().toString();
        f.examinedBy = v.examinedBy();
        f.identification = BilingualInput.of(v.identification());
        f.category = v.category();
        f.quantity = String.valueOf(v.quantity());
        f.period = BilingualInput.of(v.period());
        f.provenance = BilingualInput.of(v.provenance());
        f.materials = BilingualInput.of(v.materials());
        f.dimensions = v.dimensions();
        f.grade = v.grade().name();
        f.summary = BilingualInput.of(v.summary());
        for (DamageView d : v.damages()) {
            DamageRow row = new DamageRow();
            row.setTerm(d.term().code());
            row.setLocation(BilingualInput.of(d.location()));
            f.damages.add(row);
        }
        f.causes = BilingualInput.of(v.causes());
        f.risk = v.risk() == null ? null : v.risk().name();
        f.urgency = v.urgency() == null ? null : v.urgency().name();
        f.recommendations = BilingualInput.of(v.recommendations());
        f.treatment = BilingualInput.of(v.treatment());
        f.version = v.version();
        f.padDamages();
        return f;
    }

    public void padDamages() {
        damages.removeIf(DamageRow::isBlank);
        for (int i = 0; i < SPARE_DAMAGE_ROWS; i++) {
            damages.add(new DamageRow());
        }
    }

    public ConditionCheckData toData(List<FieldProblem> typeProblems) {
        List<DamageData> damageData = new ArrayList<>();
        for (DamageRow row : damages) {
            if (!row.isBlank()) {
                damageData.add(new DamageData(blankToNull(row.getTerm()), row.getLocation().toBilingual()));
            }
        }
        return new ConditionCheckData(FormValues.toEnum(ConditionContext.class, context, "context", typeProblems), blankToNull(contextRef),
                FormValues.toDate(examinedAt, "examinedAt", typeProblems), blankToNull(examinedBy), identification.toBilingual(),
                blankToNull(category), FormValues.toInteger(quantity, "quantity", typeProblems), period.toBilingual(),
                provenance.toBilingual(), materials.toBilingual(), blankToNull(dimensions),
                FormValues.toEnum(ConditionGrade.class, grade, "grade", typeProblems), summary.toBilingual(), damageData,
                causes.toBilingual(), FormValues.toEnum(RiskLevel.class, risk, "risk", typeProblems),
                FormValues.toEnum(Urgency.class, urgency, "urgency", typeProblems), recommendations.toBilingual(),
                treatment.toBilingual());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** One damage row: a CONDITION term code and where it is. */
    public static class DamageRow {
        private String term;
        private BilingualInput location = new BilingualInput();

        boolean isBlank() {
            return (term == null || term.isBlank()) && location.isBlank();
        }

        public String getTerm() {
            return term;
        }

        public void setTerm(String term) {
            this.term = term;
        }

        public BilingualInput getLocation() {
            return location;
        }

        public void setLocation(BilingualInput location) {
            this.location = location;
        }
    }

    public String getContext() { return context; }
    public void setContext(String context) { this.context = context; }
    public String getContextRef() { return contextRef; }
    public void setContextRef(String contextRef) { this.contextRef = contextRef; }
    public String getExaminedAt() { return examinedAt; }
    public void setExaminedAt(String examinedAt) { this.examinedAt = examinedAt; }
    public String getExaminedBy() { return examinedBy; }
    public void setExaminedBy(String examinedBy) { this.examinedBy = examinedBy; }
    public BilingualInput getIdentification() { return identification; }
    public void setIdentification(BilingualInput identification) { this.identification = identification; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public BilingualInput getPeriod() { return period; }
    public void setPeriod(BilingualInput period) { this.period = period; }
    public BilingualInput getProvenance() { return provenance; }
    public void setProvenance(BilingualInput provenance) { this.provenance = provenance; }
    public BilingualInput getMaterials() { return materials; }
    public void setMaterials(BilingualInput materials) { this.materials = materials; }
    public String getDimensions() { return dimensions; }
    public void setDimensions(String dimensions) { this.dimensions = dimensions; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public BilingualInput getSummary() { return summary; }
    public void setSummary(BilingualInput summary) { this.summary = summary; }
    public List<DamageRow> getDamages() { return damages; }
    public void setDamages(List<DamageRow> damages) { this.damages = damages; }
    public BilingualInput getCauses() { return causes; }
    public void setCauses(BilingualInput causes) { this.causes = causes; }
    public String getRisk() { return risk; }
    public void setRisk(String risk) { this.risk = risk; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public BilingualInput getRecommendations() { return recommendations; }
    public void setRecommendations(BilingualInput recommendations) { this.recommendations = recommendations; }
    public BilingualInput getTreatment() { return treatment; }
    public void setTreatment(BilingualInput treatment) { this.treatment = treatment; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
