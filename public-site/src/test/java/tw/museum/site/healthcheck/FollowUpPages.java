package tw.museum.site.healthcheck;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Form fields of an examination record as a conservator fills them in. */
final class FollowUpPages {

    private FollowUpPages() {
    }

    static List<String> examination(String name) {
        return List.of("context", "HEALTH_CHECK", "examinedAt", LocalDate.now(ZoneId.of("Asia/Taipei")).toString(),
                "examinedBy", "保存師 王", "identification.zh", name, "identification.en", "Carved wooden deity",
                "category", "雕塑", "quantity", "1", "period.zh", "清代", "materials.zh", "木、漆、金箔",
                "materials.en", "wood, lacquer, gold leaf", "dimensions", "高 50 × 寬 20 公分", "grade", "FAIR",
                "summary.zh", "彩繪局部剝落，底座有蟲孔", "summary.en", "Paint flaking in places; exit holes in the base",
                "damages[0].term", "flaking-paint", "damages[0].location.zh", "右袖", "damages[0].location.en", "right sleeve",
                "damages[1].term", "insect-damage", "damages[1].location.zh", "底座",
                "causes.zh", "香煙燻黑、濕度變化", "risk", "MEDIUM", "urgency", "WITHIN_YEAR",
                "recommendations.zh", "清潔煙燻，加固彩繪", "recommendations.en", "Clean soot; consolidate paint", "version", "");
    }
}
