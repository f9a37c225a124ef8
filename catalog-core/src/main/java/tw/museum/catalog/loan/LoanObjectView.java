package tw.museum.catalog.loan;

import java.math.BigDecimal;
import tw.museum.catalog.common.Bilingual;

/**
 * One requested object as staff see it, insurance value included (restricted: registrars only): the amount
 * and currency of the valuation it was approved with ({@code insuranceValuationId}).
 */
public record LoanObjectView(String objectNumber, Bilingual title, ObjectDecision decision, RefusalReason refusalReason,
                             String decisionNote, BigDecimal insuranceValue, String insuranceCurrency,
                             Long insuranceValuationId, Long departureCheckId, Long returnCheckId) {

    static LoanObjectView of(LoanObject o) {
        return new LoanObjectView(o.getArtifact().getObjectNumber(), o.getArtifact().getTitle(), o.getDecision(),
                o.getRefusalReason(), o.getDecisionNote(), o.getInsuranceValue(), o.getInsuranceCurrency(),
                o.getInsuranceValuation() == null ? null : o.getInsuranceValuation().getId(), o.getDepartureCheckId(), o.getReturnCheckId());
    }

    public boolean approved() {
        return decision == ObjectDecision.APPROVED;
    }
}
