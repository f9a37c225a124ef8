package tw.museum.site.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.site.healthcheck.PageSession.Page;
import tw.museum.site.staff.StaffPages;
import tw.museum.site.support.TestImages;

/**
 * Conservators record condition checks of the museum's own artifacts from the staff workspace; they show
 * as the artifact's condition history. (Here for the browser-like page session and the shared context.)
 */
class ArtifactConditionPagesTest extends HealthCheckTestBase {

    @Autowired
    ArtifactService artifacts;

    @Autowired
    ConditionCheckService conditions;

    private String artifact() {
        // a slash inside the number: links must keep it in one path segment
        String number = "CND/" + Long.toString(System.nanoTime(), 36);
        artifacts.create(new ArtifactData(number, Bilingual.of("銅香爐", "Bronze censer"), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null));
        return number;
    }

    private static List<String> check(String context, String date, String grade, String damage) {
        return new ArrayList<>(List.of("context", context, "contextRef", "T-2026-01", "examinedAt", date,
                "examinedBy", "保存師 王", "identification.zh", "銅香爐", "quantity", "1", "grade", grade,
                "summary.zh", "爐身局部鏽蝕", "damages[0].term", damage, "damages[0].location.zh", "爐耳",
                "recommendations.zh", "控制濕度", "version", ""));
    }

    @Test
    void conservatorsRecordChecksThatShowAsTheArtifactsConditionHistory() {
        String number = artifact();
        String base = "/staff/artifacts/" + StaffPages.segment(number);
        PageSession conservator = new PageSession(port).signIn(CONSERVATOR, PASSWORD);
        Page show = conservator.get(base);
        assertThat(show.body()).contains("id=\"condition-history\"").contains("尚無狀況紀錄");

        Page form = conservator.get(base + "/conditions/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Conservator Wang").contains("鏽蝕");
        String today = LocalDate.now(ZoneId.of("Asia/Taipei")).toString();
        Page refused = conservator.post(base + "/conditions", check("CONSERVATION", "2099-01-01", "", "no-such-term"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("日期不可晚於今天").contains("此欄位必填").contains("不在「condition」詞彙表中")
                .contains("銅香爐");

        conservator.get(base + "/conditions/new");
        Page older = conservator.post(base + "/conditions", check("ACQUISITION", "2020-03-01", "GOOD", "soiling"));
        assertThat(older.status()).isEqualTo(302);
        conservator.get(base + "/conditions/new");
        Page newer = conservator.post(base + "/conditions", check("CONSERVATION", today, "POOR", "corrosion"));
        Page edit = conservator.follow(newer);
        assertThat(edit.body()).contains("狀況紀錄已儲存");
        String version = edit.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        Page photo = conservator.postMultipart(newer.location().replaceFirst("^https?://[^/]+", "") + "/photos",
                List.of("version", version, "annotationZh", "爐耳鏽蝕處"),
                List.of(new PageSession.Upload("photo", "censer.png", TestImages.png(300, 200))));
        assertThat(conservator.follow(photo).body()).contains("爐耳鏽蝕處");

        Page history = conservator.get(base);
        String body = history.body();
        assertThat(body.indexOf(today)).as("newest first").isLessThan(body.indexOf("2020-03-01"));
        assertThat(body).contains("保存修復").contains("入藏檢視").contains("鏽蝕").contains("爐耳鏽蝕處");
        List<ConditionCheckView> checks = conditions.forArtifact(number);
        assertThat(checks).hasSize(2);
        assertThat(checks.get(0).createdBy()).isEqualTo(CONSERVATOR);
        String photoUrl = base + "/conditions/" + checks.get(0).id() + "/photos/" + checks.get(0).photos().get(0).id();
        assertThat(as(CONSERVATOR).get(photoUrl).header("Content-Type")).isEqualTo("image/png");

        // stale edit refused, nothing lost
        conservator.get(base + "/conditions/" + checks.get(0).id());
        List<String> stale = check("CONSERVATION", today, "GOOD", "corrosion");
        stale.set(stale.indexOf("version") + 1, "0");
        Page staleAnswer = conservator.post(base + "/conditions/" + checks.get(0).id(), stale);
        assertThat(conservator.follow(staleAnswer).body()).contains("已被他人修改");
        assertThat(conditions.get(checks.get(0).id()).grade().name()).isEqualTo("POOR");

        // a treatment record says what was done, and shows in the history with it
        conservator.get(base + "/conditions/new");
        List<String> treatment = check("TREATMENT", today, "GOOD", "corrosion");
        Page untold = conservator.post(base + "/conditions", treatment);
        assertThat(untold.status()).isEqualTo(200);
        assertThat(untold.body()).contains("此欄位必填");
        treatment.addAll(List.of("treatment.zh", "以軟毛刷去除浮鏽，微晶蠟封護", "treatment.en", "Loose corrosion brushed off; microcrystalline wax"));
        assertThat(conservator.post(base + "/conditions", treatment).status()).isEqualTo(302);
        assertThat(conservator.get(base).body()).contains("修復處理").contains("以軟毛刷去除浮鏽，微晶蠟封護");
        assertThat(conditions.forArtifact(number).get(0).treatment().en()).isEqualTo("Loose corrosion brushed off; microcrystalline wax");

        // registrars see the history but do not record; the public never sees any of it
        assertThat(as(REGISTRAR).get(base).text()).contains("爐身局部鏽蝕");
        assertThat(as(REGISTRAR).get(base + "/conditions/new").status()).isEqualTo(403);
        assertThat(anonymous().get(photoUrl).status()).isIn(302, 401);
    }
}
