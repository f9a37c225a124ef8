package tw.museum.site.batch;

import java.util.ArrayList;
import java.util.List;
import tw.museum.catalog.batch.BatchOperation;
import tw.museum.catalog.batch.BatchValue;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.site.staff.BilingualInput;
import tw.museum.site.staff.FormValues;

/** The new-batch form as typed: the field, what to do, the value, and how the records are chosen. */
public class BatchForm {

    /** How the records are chosen: the staff list's search, a pasted list, or an uploaded CSV file. */
    public enum Source { SEARCH, LIST, FILE }

    private String field;
    private String operation;
    private List<String> codes = new ArrayList<>();
    private BilingualInput text = new BilingualInput();
    private String reason;
    private String source;
    private String q;
    private String status;
    private String classification;
    private String numbers;

    BatchOperation operation(List<FieldProblem> problems) {
        return FormValues.toEnum(BatchOperation.class, operation, "operation", problems);
    }

    Source source(List<FieldProblem> problems) {
        if (FormValues.blank(source)) {
            problems.add(FieldProblem.of("source", "required"));
            return null;
        }
        return FormValues.toEnum(Source.class, source, "source", problems);
    }

    BatchValue value() {
        return new BatchValue(codes, text.toBilingual(), reason);
    }

    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getOperation() { return operation; }
    public void setOperation(String operation) { this.operation = operation; }
    public List<String> getCodes() { return codes; }
    public void setCodes(List<String> codes) { this.codes = codes == null ? new ArrayList<>() : codes; }
    public BilingualInput getText() { return text; }
    public void setText(BilingualInput text) { this.text = text == null ? new BilingualInput() : text; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getClassification() { return classification; }
    public void setClassification(String classification) { this.classification = classification; }
    public String getNumbers() { return numbers; }
    public void setNumbers(String numbers) { this.numbers = numbers; }
}
