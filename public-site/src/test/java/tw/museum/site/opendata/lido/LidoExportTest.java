package tw.museum.site.opendata.lido;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.museum.site.opendata.OpenDataTestBase;
import tw.museum.site.support.TestHttp.Reply;

/** Single-record LIDO over HTTP, validated against the LIDO 1.1 schema. */
class LidoExportTest extends OpenDataTestBase {

    @Test
    void aFullyCataloguedRecordIsValidBilingualLidoWithIiifLinksAndNothingRestricted() {
        String number = unique("LIDO") + "/3/23";
        long maker = agent("李天祿", "Li Tian-lu");
        long place = place("臺南市", "Tainan");
        published(number, "電報機", Map.ofEntries(
                Map.entry("objectName", term("object-name", "電報機", "telegraph")),
                Map.entry("classification", term("classification", "通訊", "communication")),
                Map.entry("description", Map.of("zh", "黃銅電報機", "en", "A brass telegraph")),
                Map.entry("productionDate", Map.of("display", Map.of("zh", "約1930年代", "en", "c. 1930s"),
                        "earliestYear", 1930, "latestYear", 1939)),
                Map.entry("productionPlaceId", place),
                Map.entry("makers", List.of(Map.of("agentId", maker, "role", Map.of("zh", "製造者", "en", "manufacturer")))),
                Map.entry("materials", List.of(term("material", "黃銅", "brass"))),
                Map.entry("techniques", List.of(term("technique", "鑄造", "casting"))),
                Map.entry("subjects", List.of(term("subject", "電信", "telecommunication"))),
                Map.entry("dimensions", List.of(Map.of("aspect", "height", "value", 12.5, "unit", "cm",
                        "part", Map.of("zh", "本體", "en", "body")))),
                Map.entry("inscription", Map.of("zh", "大日本", "en", "Great Japan")),
                Map.entry("provenance", Map.of("zh", "交通部移撥", "en", "Transferred by the Ministry")),
                Map.entry("creditLine", Map.of("zh", "交通部捐贈", "en", "Gift of the Ministry of Transportation")),
                Map.entry("licence", "https://creativecommons.org/licenses/by/4.0/"),
                Map.entry("rightsStatement", Map.of("zh", "姓名標示", "en", "Attribution"))));
        attachImage(number);

        Reply reply = anonymous().get("/opendata/lido/" + path(number));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String xml = reply.text();
        SCHEMAS.validateLido(xml);
        assertThat(xml)
                .contains("xml:lang=\"zh-Hant\">電報機</lido:appellationValue>")
                .contains("xml:lang=\"en\">Title " + number + "</lido:appellationValue>")
                .contains(">李天祿<", ">Li Tian-lu<", ">manufacturer<", ">臺南市<", ">Tainan<")
                .contains("<lido:earliestDate>1930</lido:earliestDate>", "<lido:latestDate>1939</lido:latestDate>")
                .contains("lido:type=\"material\"", ">brass<", ">casting<", ">telecommunication<")
                .contains("<lido:measurementValue>12.5</lido:measurementValue>", ">cm<")
                .contains("Gift of the Ministry of Transportation", "https://creativecommons.org/licenses/by/4.0/")
                .contains("https://museum.example.tw/iiif/presentation/3/" + path(number) + "/manifest")
                .contains("https://museum.example.tw/iiif/3/m-")
                .contains("https://museum.example.tw/objects/" + path(number));
        assertNothingRestricted(xml);
    }

    @Test
    void aMinimalRecordIsValidToo() {
        String number = published(unique("LIDO-MIN"), "最少欄位", Map.of());
        String xml = anonymous().get("/opendata/lido/" + path(number)).text();
        SCHEMAS.validateLido(xml);
    }

    @Test
    void draftsAndWithdrawnRecordsAreNotFound() {
        String draft = draft(unique("LIDO-DRAFT"), DRAFT_TITLE, Map.of());
        assertThat(anonymous().get("/opendata/lido/" + path(draft)).status()).isEqualTo(404);
        String gone = published(unique("LIDO-GONE"), "撤下", Map.of());
        withdraw(gone);
        assertThat(anonymous().get("/opendata/lido/" + path(gone)).status()).isEqualTo(404);
        assertThat(anonymous().get("/opendata/lido/NO-SUCH-THING").status()).isEqualTo(404);
    }
}
