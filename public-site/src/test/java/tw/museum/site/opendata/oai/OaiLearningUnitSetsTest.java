package tw.museum.site.opendata.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.museum.site.opendata.OpenDataTestBase;
import tw.museum.site.support.TestHttp.Reply;

/**
 * OAI-PMH sets by learning unit (issue 8): a set per published unit, holding its published artifacts;
 * every response validated against the OAI-PMH schema (and LIDO for the metadata), pages of 4.
 */
class OaiLearningUnitSetsTest extends OpenDataTestBase {

    private static final String ID_PREFIX = "oai:museum.example.tw:";

    @Test
    void aPublishedUnitIsASetOfItsPublishedArtifacts() {
        List<String> inUnit = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String number = published(unique("OAI-LU") + "/" + i, "學習單元藏品 " + i, Map.of());
            attachImage(number);
            inUnit.add(number);
        }
        String draft = draft(unique("OAI-LU-DRAFT"), DRAFT_TITLE, Map.of());
        String outside = published(unique("OAI-LU-OUT"), "不在單元裡", Map.of());
        String slug = unique("oai-unit").toLowerCase();
        String future = unique("oai-future").toLowerCase();
        String draftUnit = unique("oai-draft").toLowerCase();
        List<Map<String, Object>> items = new ArrayList<>();
        inUnit.forEach(n -> items.add(Map.of("objectNumber", n)));
        items.add(Map.of("objectNumber", draft));
        unit(slug, "電子工業", items, Instant.now().minusSeconds(60));
        unit(future, "尚未公開的單元", items, Instant.now().plusSeconds(86_400));
        unit(draftUnit, "草稿單元", items, null);

        String sets = oai("verb=ListSets");
        assertThat(sets).contains("<setSpec>learning-unit:" + slug + "</setSpec>", "電子工業 / Unit in English")
                .doesNotContain(future, draftUnit, "尚未公開的單元", "草稿單元");

        // The whole set, across pages of 4, in both formats: its published artifacts, nothing else.
        for (String format : List.of("oai_dc", "lido")) {
            List<String> pages = harvest("ListRecords", "metadataPrefix=" + format + "&set=learning-unit:" + slug);
            assertThat(pages).hasSize(2);
            List<String> ids = pages.stream().flatMap(p -> all(p, "<identifier>([^<]+)</identifier>").stream()).toList();
            assertThat(ids).containsExactlyInAnyOrderElementsOf(inUnit.stream().map(n -> ID_PREFIX + n).toList());
            assertThat(String.join("", pages)).contains("<setSpec>learning-unit:" + slug + "</setSpec>")
                    .doesNotContain(outside, draft);
        }
        String record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(ID_PREFIX + inUnit.get(0)));
        assertThat(record).contains("<setSpec>learning-unit:" + slug + "</setSpec>").doesNotContain(future, draftUnit);

        // Withdrawn after the unit was published: harvesters of the set learn it is gone.
        withdraw(inUnit.get(1));
        String after = String.join("", harvest("ListIdentifiers", "metadataPrefix=oai_dc&set=learning-unit:" + slug));
        assertThat(after).contains("<header status=\"deleted\"><identifier>" + ID_PREFIX + inUnit.get(1));

        for (String hidden : List.of(future, draftUnit, "no-such-unit")) {
            assertThat(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=learning-unit:" + hidden))
                    .contains("<error code=\"noRecordsMatch\"");
        }
    }

    private void unit(String slug, String titleZh, List<Map<String, Object>> items, Instant publishAt) {
        Reply created = as(CURATOR).postJson("/api/v1/learning-units", Map.of("slug", slug,
                "title", Map.of("zh", titleZh, "en", "Unit in English"), "ageGroup", "ADULT",
                "sections", List.of(Map.of("heading", Map.of("zh", "一"), "items", items))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        if (publishAt != null) {
            Reply scheduled = as(CURATOR).postJson("/api/v1/learning-units/" + slug + "/schedule",
                    Map.of("publishAt", publishAt.toString(), "version", created.json().path("version").asLong()));
            assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
        }
    }

    private String oai(String query) {
        Reply reply = anonymous().get("/oai?" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String xml = reply.text();
        SCHEMAS.validateOai(xml);
        assertNothingRestricted(xml);
        return xml;
    }

    private List<String> harvest(String verb, String arguments) {
        List<String> pages = new ArrayList<>();
        String xml = oai("verb=" + verb + "&" + arguments);
        pages.add(xml);
        for (String token = OaiPmhTest.token(xml); token != null && !token.isEmpty(); token = OaiPmhTest.token(xml)) {
            xml = oai("verb=" + verb + "&resumptionToken=" + encode(token));
            pages.add(xml);
            assertThat(pages.size()).as("harvest never ends").isLessThan(100);
        }
        return pages;
    }
}
