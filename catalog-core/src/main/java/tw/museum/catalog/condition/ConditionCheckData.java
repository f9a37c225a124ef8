package tw.museum.catalog.condition;

import java.time.LocalDate;
import java.util.List;
import tw.museum.catalog.common.Bilingual;

/**
 * A condition check as a conservator records it, from a form or the API alike. The identification
 * fields (name, category, quantity, period, provenance, materials, dimensions) describe the object as
 * seen; for objects outside the collection they are the only description, and the General Antiquity
 * dossier is built from them.
 */
public record ConditionCheckData(ConditionContext context, String contextRef, LocalDate examinedAt,
                                 String examinedBy, Bilingual identification, String category, Integer quantity,
                                 Bilingual period, Bilingual provenance, Bilingual materials, String dimensions,
                                 ConditionGrade grade, Bilingual summary, List<DamageData> damages,
                                 Bilingual causes, RiskLevel risk, Urgency urgency, Bilingual recommendations,
                                 Bilingual treatment) {

    public ConditionCheckData {
        damages = damages == null ? List.of() : List.copyOf(damages);
        identification = orEmpty(identification);
        period = orEmpty(period);
        provenance = orEmpty(provenance);
        materials = orEmpty(materials);
        summary = orEmpty(summary);
        causes = orEmpty(causes);
        recommendations = orEmpty(recommendations);
        treatment = orEmpty(treatment);
    }

    /** A check that records no treatment (an examination only). */
    public ConditionCheckData(ConditionContext context, String contextRef, LocalDate examinedAt,
                              String examinedBy, Bilingual identification, String category, Integer quantity,
                              Bilingual period, Bilingual provenance, Bilingual materials, String dimensions,
                              ConditionGrade grade, Bilingual summary, List<DamageData> damages,
                              Bilingual causes, RiskLevel risk, Urgency urgency, Bilingual recommendations) {
        this(context, contextRef, examinedAt, examinedBy, identification, category, quantity, period, provenance,
                materials, dimensions, grade, summary, damages, causes, risk, urgency, recommendations, null);
    }

    private static Bilingual orEmpty(Bilingual b) {
        return b == null ? Bilingual.empty() : b;
    }
}
