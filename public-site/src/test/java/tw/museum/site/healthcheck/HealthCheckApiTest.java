package tw.museum.site.healthcheck;

import tw.museum.site.support.TestMailServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.museum.site.support.TestHttp;
import tw.museum.site.support.TestHttp.Reply;

/** Health checks through the JSON API: requester without an account, staff with Basic credentials. */
class HealthCheckApiTest extends HealthCheckTestBase {

    private static Map<String, Object> request(String email, boolean consent) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("requesterType", "MUSEUM");
        r.put("name", NAME_MARKER);
        r.put("organisation", "某地方文物館");
        r.put("email", email);
        r.put("phone", PHONE_MARKER);
        r.put("address", ADDRESS_MARKER);
        r.put("consent", consent);
        r.put("consentVersion", "made-up");
        r.put("objectCount", 4);
        r.put("objectDescription", "紙本文書四件");
        r.put("services", List.of("CONDITION_REPORT", "ANTIQUITY_REPORTING"));
        r.put("onSite", false);
        r.put("preferredFrom", LocalDate.now().plusDays(7).toString());
        r.put("language", "en");
        return r;
    }

    @Test
    void aRequesterSubmitsFollowsAndWritesWithoutAnAccountAndStaffMoveTheCase() {
        String email = email();
        String key = UUID.randomUUID().toString();
        Reply created = anonymous().header("Idempotency-Key", key).postJson("/api/v1/health-checks", request(email, true));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String number = created.json().get("number").asString();
        String code = created.json().get("accessCode").asString();
        assertThat(TestMailServer.text(TestMailServer.to(email, 1).get(0))).contains("Access code: " + code);

        Reply retried = anonymous().header("Idempotency-Key", key).postJson("/api/v1/health-checks", request(email, true));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("number").asString()).isEqualTo(number);
        assertThat(retried.json().get("accessCode").isNull()).isTrue();

        Reply open = anonymous().postJson("/api/v1/health-checks/" + number + "/access", Map.of("code", code));
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(open.text()).doesNotContain(NAME_MARKER).doesNotContain(PHONE_MARKER).doesNotContain("ADDRMARK")
                .doesNotContain(email);
        assertThat(anonymous().postJson("/api/v1/health-checks/" + number + "/messages",
                Map.of("code", code, "body", "Can you come in May?")).status()).isEqualTo(200);

        TestHttp conservator = as(CONSERVATOR);
        JsonNode staffView = conservator.get("/api/v1/health-checks/" + number).json();
        assertThat(staffView.get("requester").get("email").asString()).isEqualTo(email);
        assertThat(staffView.get("requester").get("consentVersion").asString()).isEqualTo("2026-1");
        long version = staffView.get("version").asLong();

        Reply illegal = conservator.postJson("/api/v1/health-checks/" + number + "/transitions",
                Map.of("target", "PAID", "version", version));
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().get("type").asString()).isEqualTo("urn:museum:problem:illegal-transition");

        Reply accepted = conservator.postJson("/api/v1/health-checks/" + number + "/transitions",
                Map.of("target", "ACCEPTED", "version", version));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        Reply stale = conservator.postJson("/api/v1/health-checks/" + number + "/transitions",
                Map.of("target", "QUOTED", "version", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(conservator.postJson("/api/v1/health-checks/" + number + "/museum-messages",
                Map.of("body", "Yes, early May.")).status()).isEqualTo(200);

        assertThat(TestMailServer.to(email, 3)).extracting(TestMailServer::text)
                .anySatisfy(t -> assertThat(t).contains("is now: Accepted"))
                .anySatisfy(t -> assertThat(t).contains("Yes, early May."));
        JsonNode after = anonymous().postJson("/api/v1/health-checks/" + number + "/access", Map.of("code", code)).json();
        assertThat(after.get("timeline")).hasSize(2);
        assertThat(after.get("messages")).hasSize(2);
        assertThat(after.toString()).doesNotContain(CONSERVATOR);
    }

    @Test
    void badInputAndAbuseAreRefused() {
        Reply noConsent = anonymous().postJson("/api/v1/health-checks", request(email(), false));
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.json().get("errors").toString()).contains("consent-required");

        String code = anonymous().postJson("/api/v1/health-checks", request(email(), true)).json().get("accessCode").asString();
        String other = anonymous().postJson("/api/v1/health-checks", request(email(), true)).json().get("number").asString();
        Reply wrong = anonymous().postJson("/api/v1/health-checks/" + other + "/access", Map.of("code", code));
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.text()).doesNotContain("紙本文書");

        // the staff side is closed to the public and to registrars
        assertThat(anonymous().get("/api/v1/health-checks").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/health-checks/" + other).status()).isEqualTo(401);
        assertThat(as(REGISTRAR).get("/api/v1/health-checks").status()).isEqualTo(403);
        assertThat(anonymous().postJson("/api/v1/health-checks/" + other + "/transitions",
                Map.of("target", "ACCEPTED", "version", 0)).status()).isEqualTo(401);
        JsonNode list = as(CONSERVATOR).get("/api/v1/health-checks?status=SUBMITTED").json();
        assertThat(list.get("items").toString()).contains(other);
    }
}
