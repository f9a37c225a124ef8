package tw.museum.site.opendata.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tw.museum.site.opendata.OpenDataTestBase;
import tw.museum.site.support.TestHttp.Reply;

/**
 * The OAI-PMH repository over real HTTP, with a page of 4 records: every response is validated against
 * the OAI-PMH schema (with oai_dc and LIDO for the metadata).
 */
class OaiPmhTest extends OpenDataTestBase {

    private static final String ID_PREFIX = "oai:museum.example.tw:";

    String oai(String query) {
        Reply reply = anonymous().get("/oai?" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/xml");
        String xml = reply.text();
        SCHEMAS.validateOai(xml);
        assertNothingRestricted(xml);
        return xml;
    }

    java.net.http.HttpResponse<String> postForm(String path, String form) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    static String errorCode(String xml) {
        List<String> codes = all(xml, "<error code=\"([a-zA-Z]+)\"");
        return codes.isEmpty() ? null : codes.get(0);
    }

    /** Pages through a whole list request; returns each page's XML. */
    List<String> harvest(String verb, String arguments) {
        List<String> pages = new ArrayList<>();
        String xml = oai("verb=" + verb + "&" + arguments);
        pages.add(xml);
        for (String token = token(xml); token != null && !token.isEmpty(); token = token(xml)) {
            xml = oai("verb=" + verb + "&resumptionToken=" + encode(token));
            pages.add(xml);
            assertThat(pages.size()).as("harvest never ends").isLessThan(1000);
        }
        return pages;
    }

    static String token(String xml) {
        List<String> tokens = all(xml, "<resumptionToken[^>]*?(?:/>|>([^<]*)</resumptionToken>)");
        return tokens.isEmpty() ? null : tokens.get(0);
    }

    static List<String> identifiers(List<String> pages) {
        return pages.stream().flatMap(p -> all(p, "<identifier>([^<]+)</identifier>").stream()).toList();
    }

    /** A classification with {@code n} published records (and drafts that must never show). */
    List<String> collection(String classification, int n) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            numbers.add(published(unique("OAI") + "/" + i, "蒸汽機 " + i, Map.of("classification", classification,
                    "description", Map.of("zh", "說明", "en", "Description"))));
        }
        draft(unique("OAI-DRAFT"), DRAFT_TITLE, Map.of("classification", classification));
        return numbers;
    }

    @Test
    void identifyFormatsAndSetsDescribeTheRepository() throws Exception {
        String classification = term("classification", "攝影", "photography");
        published(unique("OAI-ID"), "相機", Map.of("classification", classification));

        String identify = oai("verb=Identify");
        assertThat(identify).contains("<baseURL>https://museum.example.tw/oai</baseURL>",
                "<protocolVersion>2.0</protocolVersion>", "<deletedRecord>transient</deletedRecord>",
                "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>", "國立科學工藝博物館");

        String formats = oai("verb=ListMetadataFormats");
        assertThat(formats).contains("<metadataPrefix>oai_dc</metadataPrefix>", "<metadataPrefix>lido</metadataPrefix>",
                "<metadataNamespace>http://www.lido-schema.org</metadataNamespace>");

        String sets = oai("verb=ListSets");
        assertThat(sets).contains("<setSpec>classification:" + classification + "</setSpec>", "攝影 / photography");
        // Forms are answered the same way by POST, as harvesters may send them.
        java.net.http.HttpResponse<String> posted = postForm("/oai", "verb=Identify");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(posted.body()).contains("<Identify>");
        SCHEMAS.validateOai(posted.body());
    }

    @Test
    void aFullHarvestPagesThroughEveryPublishedRecordOnceInBothFormats() {
        String classification = term("classification", "機械", "machinery");
        List<String> numbers = collection(classification, 9);

        List<String> pages = harvest("ListRecords", "metadataPrefix=oai_dc&set=classification:" + classification);
        assertThat(pages).hasSize(3);
        assertThat(identifiers(pages)).containsExactlyInAnyOrderElementsOf(numbers.stream().map(n -> ID_PREFIX + n).toList());
        assertThat(pages.get(0)).contains("completeListSize=\"9\"", "cursor=\"0\"", "expirationDate=");
        assertThat(pages.get(1)).contains("cursor=\"4\"");
        assertThat(pages.get(2)).contains("cursor=\"8\"");
        assertThat(pages.get(0)).contains("<dc:title xml:lang=\"zh-Hant\">蒸汽機", "<dc:title xml:lang=\"en\">Title ",
                "<setSpec>classification:" + classification + "</setSpec>");

        List<String> lido = harvest("ListRecords", "metadataPrefix=lido&set=classification:" + classification);
        assertThat(identifiers(lido)).hasSize(9);
        assertThat(lido.get(0)).contains("<lido:lido", "xml:lang=\"zh-Hant\"");

        // The whole repository, past every page boundary, includes these records and no draft.
        List<String> everything = harvest("ListIdentifiers", "metadataPrefix=oai_dc");
        assertThat(everything.size()).isGreaterThan(2);
        List<String> ids = identifiers(everything);
        assertThat(ids).doesNotHaveDuplicates().containsAll(numbers.stream().map(n -> ID_PREFIX + n).toList());
        assertThat(String.join("", everything)).doesNotContain("OAI-DRAFT");
    }

    @Test
    void selectiveHarvestingUsesModificationTimeWithInclusiveBounds() throws InterruptedException {
        String classification = term("classification", "鐘錶", "clocks");
        String first = published(unique("OAI-T1"), "時鐘", Map.of("classification", classification));
        Thread.sleep(1100);
        String second = published(unique("OAI-T2"), "手錶", Map.of("classification", classification));
        String set = "&set=classification:" + classification;

        String both = oai("verb=ListIdentifiers&metadataPrefix=oai_dc" + set);
        Map<String, String> stamps = new HashMap<>();
        List<String> ids = all(both, "<identifier>([^<]+)</identifier>");
        List<String> dates = all(both, "<datestamp>([^<]+)</datestamp>");
        IntStream.range(0, ids.size()).forEach(i -> stamps.put(ids.get(i), dates.get(i)));
        String firstStamp = stamps.get(ID_PREFIX + first);
        String secondStamp = stamps.get(ID_PREFIX + second);
        assertThat(firstStamp).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z").isLessThan(secondStamp);

        assertThat(all(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + secondStamp + set),
                "<identifier>([^<]+)</identifier>")).containsExactly(ID_PREFIX + second);
        assertThat(all(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + firstStamp + set),
                "<identifier>([^<]+)</identifier>")).containsExactly(ID_PREFIX + first);
        assertThat(all(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + firstStamp + "&until=" + secondStamp + set),
                "<identifier>([^<]+)</identifier>")).containsExactlyInAnyOrder(ID_PREFIX + first, ID_PREFIX + second);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(all(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + today + "&until=" + today + set),
                "<identifier>([^<]+)</identifier>")).hasSize(2);
        assertThat(errorCode(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + today.minusDays(1) + set)))
                .isEqualTo("noRecordsMatch");
        assertThat(errorCode(oai("verb=ListRecords&metadataPrefix=lido&from=" + Instant.now().plusSeconds(3600)
                .toString().substring(0, 19) + "Z"))).isEqualTo("noRecordsMatch");
    }

    @Test
    void withdrawnRecordsAreReportedAsDeletedUntilPublishedAgain() {
        String classification = term("classification", "撤展", "withdrawn");
        String gone = published(unique("OAI-GONE"), "撤下的藏品", Map.of("classification", classification));
        String kept = published(unique("OAI-KEPT"), "保留的藏品", Map.of("classification", classification));
        String neverPublished = draft(unique("OAI-NEVER"), DRAFT_TITLE, Map.of("classification", classification));
        withdraw(gone);
        withdraw(neverPublished);
        String set = "&set=classification:" + classification;

        String headers = oai("verb=ListIdentifiers&metadataPrefix=oai_dc" + set);
        assertThat(headers).contains("<header status=\"deleted\"><identifier>" + ID_PREFIX + gone + "</identifier>");
        assertThat(headers).contains("<header><identifier>" + ID_PREFIX + kept + "</identifier>");
        assertThat(headers).doesNotContain("OAI-NEVER");

        String record = oai("verb=GetRecord&metadataPrefix=lido&identifier=" + encode(ID_PREFIX + gone));
        assertThat(record).contains("status=\"deleted\"").doesNotContain("<metadata>", "撤下的藏品");
        String records = oai("verb=ListRecords&metadataPrefix=oai_dc" + set);
        assertThat(records).doesNotContain("撤下的藏品").contains("保留的藏品");
        assertThat(errorCode(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(ID_PREFIX + neverPublished))))
                .isEqualTo("idDoesNotExist");

        publish(gone);
        assertThat(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(ID_PREFIX + gone)))
                .doesNotContain("status=\"deleted\"").contains("撤下的藏品");
    }

    @Test
    void resumptionTokensSurviveEditsDuringTheHarvestAndRefuseForgeries() {
        String classification = term("classification", "電器", "appliances");
        List<String> numbers = collection(classification, 6);
        String first = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=classification:" + classification);
        List<String> firstIds = all(first, "<identifier>([^<]+)</identifier>");
        assertThat(firstIds).hasSize(4);

        // Edits during the harvest: one record already delivered, one not yet.
        String delivered = firstIds.get(0).substring(ID_PREFIX.length());
        String pending = numbers.stream().filter(n -> !firstIds.contains(ID_PREFIX + n)).findFirst().orElseThrow();
        withdraw(delivered);
        publish(delivered);
        withdraw(pending);
        publish(pending);

        Set<String> seen = new LinkedHashSet<>(firstIds);
        String xml = first;
        while (token(xml) != null && !token(xml).isEmpty()) {
            xml = oai("verb=ListIdentifiers&resumptionToken=" + encode(token(xml)));
            seen.addAll(all(xml, "<identifier>([^<]+)</identifier>"));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(numbers.stream().map(n -> ID_PREFIX + n).toList());

        String token = token(first);
        assertThat(errorCode(oai("verb=ListIdentifiers&resumptionToken=garbled"))).isEqualTo("badResumptionToken");
        String forged = (token.charAt(5) == 'A' ? 'B' : 'A') + "";
        assertThat(errorCode(oai("verb=ListIdentifiers&resumptionToken="
                + encode(token.substring(0, 5) + forged + token.substring(6))))).isEqualTo("badResumptionToken");
        // A token belongs to the verb that issued it.
        assertThat(errorCode(oai("verb=ListRecords&resumptionToken=" + encode(token)))).isEqualTo("badResumptionToken");
        assertThat(errorCode(oai("verb=ListSets&resumptionToken=x"))).isEqualTo("badResumptionToken");
    }

    @Test
    void everyErrorConditionOfTheProtocolIsAnsweredAsSuch() {
        String number = published(unique("OAI-ERR"), "錯誤測試", Map.of());
        String id = encode(ID_PREFIX + number);
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("", "badVerb");
        cases.put("verb=Dance", "badVerb");
        cases.put("verb=Identify&verb=Identify", "badVerb");
        cases.put("verb=Identify&extra=1", "badArgument");
        cases.put("verb=ListRecords", "badArgument");
        cases.put("verb=GetRecord&identifier=" + id, "badArgument");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-01-02T00:00:00Z", "badArgument");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-01&until=2024-01-01", "badArgument");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&set=x&set=y", "badArgument");
        cases.put("verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc", "badArgument");
        cases.put("verb=GetRecord&metadataPrefix=marc21&identifier=" + id, "cannotDisseminateFormat");
        cases.put("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat");
        cases.put("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:museum.example.tw:NO-SUCH", "idDoesNotExist");
        cases.put("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere:" + number, "idDoesNotExist");
        cases.put("verb=ListMetadataFormats&identifier=oai:museum.example.tw:NO-SUCH", "idDoesNotExist");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&set=classification:no-such-set", "noRecordsMatch");
        cases.put("verb=ListRecords&metadataPrefix=oai_dc&set=unit:1", "noRecordsMatch");
        cases.put("verb=ListRecords&resumptionToken=" + encode("eyJ9.AAAA"), "badResumptionToken");
        cases.forEach((query, code) -> {
            String xml = oai(query);
            assertThat(errorCode(xml)).as(query).isEqualTo(code);
            if (code.equals("badVerb") || code.equals("badArgument")) {
                assertThat(xml).as(query).contains("<request>https://museum.example.tw/oai</request>");
            }
        });
        String ok = oai("verb=GetRecord&metadataPrefix=lido&identifier=" + id);
        assertThat(ok).contains("<request verb=\"GetRecord\" metadataPrefix=\"lido\" identifier=\"" + ID_PREFIX + number + "\">");
    }
}
