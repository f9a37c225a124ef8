package tw.museum.site.loan;

import java.util.ArrayList;
import java.util.List;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.loan.ObjectDecision;
import tw.museum.catalog.loan.ObjectReview;
import tw.museum.catalog.loan.RefusalReason;
import tw.museum.site.staff.FormValues;

/** The registrar's review form as typed: one row per requested object, values as text. */
public class ReviewForm {

    private List<Row> objects = new ArrayList<>();
    private String conditions;
    private Long version;

    public static class Row {
        private String objectNumber;
        private String decision;
        private String reason;
        private String note;
        private String insuranceValue;
        private String insuranceCurrency;

        public String getObjectNumber() { return objectNumber; }
        public void setObjectNumber(String objectNumber) { this.objectNumber = objectNumber; }
        public String getDecision() { return decision; }
        public void setDecision(String decision) { this.decision = decision; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public String getInsuranceValue() { return insuranceValue; }
        public void setInsuranceValue(String insuranceValue) { this.insuranceValue = insuranceValue; }
        public String getInsuranceCurrency() { return insuranceCurrency; }
        public void setInsuranceCurrency(String insuranceCurrency) { this.insuranceCurrency = insuranceCurrency; }
    }

    List<ObjectReview> toReviews(List<FieldProblem> problems) {
        List<ObjectReview> reviews = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            Row r = objects.get(i);
            String field = "objects[" + i + "]";
            reviews.add(new ObjectReview(r.objectNumber, FormValues.toEnum(ObjectDecision.class, r.decision, field + ".decision", problems),
                    FormValues.toEnum(RefusalReason.class, r.reason, field + ".reason", problems), r.note,
                    FormValues.toDecimal(r.insuranceValue, field + ".insuranceValue", problems), r.insuranceCurrency));
        }
        return reviews;
    }


    public List<Row> getObjects() { return objects; }
    public void setObjects(List<Row> objects) { this.objects = objects; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
