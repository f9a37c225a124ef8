package tw.museum.site.valuation;

import java.util.List;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.valuation.ValuationData;
import tw.museum.catalog.valuation.ValuationPurpose;
import tw.museum.catalog.valuation.ValuationView;
import tw.museum.site.staff.FormValues;

/** A valuation as typed on the staff pages, values as text so a refused form shows what was typed. */
public class ValuationForm {

    private String amount;
    private String currency = "TWD";
    private String valuedOn;
    private String valuer;
    private String purpose = ValuationPurpose.INSURANCE.name();
    private String reference;
    private String notes;
    private String version;

    static ValuationForm of(ValuationView v) {
        ValuationForm f = new ValuationForm();
        f.amount = v.amountText();
        f.currency = v.currency();
        f.valuedOn = String.valueOf(v.valuedOn());
        f.valuer = v.valuer();
        f.purpose = v.purpose().name();
        f.reference = v.reference();
        f.notes = v.notes();
        f.version = String.valueOf(v.version());
        return f;
    }

    ValuationData toData(List<FieldProblem> problems) {
        return new ValuationData(FormValues.toDecimal(amount, "amount", problems), currency,
                FormValues.toDate(valuedOn, "valuedOn", problems), valuer,
                FormValues.toEnum(ValuationPurpose.class, purpose, "purpose", problems), reference, notes,
                FormValues.toLong(version, "version", problems));
    }

    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getValuedOn() { return valuedOn; }
    public void setValuedOn(String valuedOn) { this.valuedOn = valuedOn; }
    public String getValuer() { return valuer; }
    public void setValuer(String valuer) { this.valuer = valuer; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
