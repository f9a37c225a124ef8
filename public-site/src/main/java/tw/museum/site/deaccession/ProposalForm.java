package tw.museum.site.deaccession;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.deaccession.DeaccessionProposal;
import tw.museum.catalog.deaccession.DeaccessionReason;
import tw.museum.catalog.deaccession.DisposalMethod;
import tw.museum.site.staff.FormValues;

/** The proposal form as typed: object numbers one per line, the reasons ticked, the method chosen. */
public class ProposalForm {

    private String objectNumbers;
    private List<String> reasons = new ArrayList<>();
    private String justification;
    private String proposedMethod;
    private String proposedRecipient;

    DeaccessionProposal toProposal(List<FieldProblem> problems) {
        List<String> numbers = objectNumbers == null ? List.of()
                : Arrays.stream(objectNumbers.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<DeaccessionReason> chosen = new ArrayList<>();
        for (String r : reasons) {
            DeaccessionReason reason = FormValues.toEnum(DeaccessionReason.class, r, "reasons", problems);
            if (reason != null) {
                chosen.add(reason);
            }
        }
        return new DeaccessionProposal(numbers, chosen, justification,
                FormValues.toEnum(DisposalMethod.class, proposedMethod, "proposedMethod", problems), proposedRecipient);
    }

    /** Problems name the n-th object number; the form has one text area for them all. */
    static String formField(String field) {
        return field.startsWith("objectNumbers") ? "objectNumbers" : field;
    }

    public String getObjectNumbers() { return objectNumbers; }
    public void setObjectNumbers(String objectNumbers) { this.objectNumbers = objectNumbers; }
    public List<String> getReasons() { return reasons; }
    public void setReasons(List<String> reasons) { this.reasons = reasons == null ? new ArrayList<>() : reasons; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public String getProposedMethod() { return proposedMethod; }
    public void setProposedMethod(String proposedMethod) { this.proposedMethod = proposedMethod; }
    public String getProposedRecipient() { return proposedRecipient; }
    public void setProposedRecipient(String proposedRecipient) { this.proposedRecipient = proposedRecipient; }
}
