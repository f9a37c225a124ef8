package tw.museum.site.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.museum.site.healthcheck.PageSession;
import tw.museum.site.healthcheck.PageSession.Page;
import tw.museum.site.support.MuseumTestBase;

/** Staff write, reorder and schedule learning units in the workspace, and read the broken-link report. */
class LearningWorkspaceTest extends MuseumTestBase {

    private PageSession curator() {
        return new PageSession(port).signIn(CURATOR, PASSWORD);
    }

    @Test
    void aCuratorWritesReordersAndSchedulesAUnitInForms() {
        LearningFixture f = LearningFixture.create(as(CURATOR));
        PageSession staff = curator();
        String slug = "workspace-" + Long.toString(System.nanoTime(), 36);

        Page form = staff.get("/staff/learning/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"_csrf\"", "name=\"sections[0].items\"", "name=\"references[0].url\"");

        // Bad input comes back with every problem at its field, and nothing typed is lost.
        Page refused = staff.post("/staff/learning", fields(slug.toUpperCase(), "", "NO-SUCH-NUMBER", "ftp:/x"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"problems\"", "f-slug-error", "f-title-zh-error", "f-ageGroup-error",
                "f-sections-0-items-error", "NO-SUCH-NUMBER", "f-references-0-url-error", "ftp:/x");
        Page unreadable = staff.post("/staff/learning", fields(slug, "標題", "bad line with four", "https://example.org"));
        assertThat(unreadable.body()).contains("f-sections-0-items-error", "bad line with four");

        Page created = staff.post("/staff/learning", fields(slug, "鐵道與電報",
                f.radio() + " | 收音機\n" + f.chip() + " " + f.chipImage(), "https://example.org/rail"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        Page shown = staff.follow(created);
        assertThat(shown.body()).contains("鐵道與電報", "草稿", f.radio(), f.chip(), "m-" + f.chipImage());
        assertThat(anonymous().get("/learn/" + slug).status()).as("a draft is not public").isEqualTo(404);

        // Reorder: the second section moves up, taking its objects along.
        long version = as(CURATOR).get("/api/v1/learning-units/" + slug).json().path("version").asLong();
        Page moved = staff.post("/staff/learning/" + slug + "/sections/1/move",
                List.of("delta", "-1", "version", Long.toString(version)));
        assertThat(moved.status()).isEqualTo(302);
        assertThat(staff.follow(moved).body()).contains("alert-ok");
        var sections = as(CURATOR).get("/api/v1/learning-units/" + slug).json().path("sections");
        assertThat(sections.path(0).path("heading").path("zh").asString()).isEqualTo("第二節");
        assertThat(sections.path(1).path("items").path(0).path("objectNumber").asString()).isEqualTo(f.radio());

        // A stale reorder (the version before the move) is refused, and says so.
        Page stale = staff.follow(staff.post("/staff/learning/" + slug + "/sections/0/move",
                List.of("delta", "1", "version", Long.toString(version))));
        assertThat(stale.body()).contains("alert-error");

        // Scheduled for later: still invisible. Scheduled for a past time: public.
        version = as(CURATOR).get("/api/v1/learning-units/" + slug).json().path("version").asLong();
        staff.get("/staff/learning/" + slug);
        assertThat(staff.follow(staff.post("/staff/learning/" + slug + "/schedule",
                List.of("publishAt", "2099-01-01T09:00", "version", Long.toString(version)))).body()).contains("已排程");
        assertThat(anonymous().get("/learn/" + slug).status()).isEqualTo(404);
        version = as(CURATOR).get("/api/v1/learning-units/" + slug).json().path("version").asLong();
        staff.post("/staff/learning/" + slug + "/schedule", List.of("publishAt", "2020-01-01T09:00", "version", Long.toString(version)));
        assertThat(anonymous().get("/learn/" + slug).status()).isEqualTo(200);

        // Editing keeps what the form did not show, and every change is in the history.
        Page edit = staff.get("/staff/learning/" + slug + "/edit");
        assertThat(edit.body()).contains(f.chip() + " " + f.chipImage(), f.radio() + " | 收音機");
        String history = staff.get("/staff/learning/" + slug + "/history").body();
        assertThat(history).contains("/sections", "/publishAt", CURATOR);

        // Conservators read but do not write.
        PageSession conservator = new PageSession(port).signIn(CONSERVATOR, PASSWORD);
        assertThat(conservator.get("/staff/learning/" + slug).status()).isEqualTo(200);
        assertThat(conservator.get("/staff/learning/new").status()).isEqualTo(403);
        assertThat(anonymous().get("/staff/learning").status()).isEqualTo(302);
    }

    @Test
    void brokenLinksAreReportedToStaff() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fine", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/gone", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String number = "LINK/" + Long.toString(System.nanoTime(), 36);
            LearningFixture.ok(as(CURATOR).postJson("/api/v1/artifacts", Map.of("objectNumber", number,
                    "title", Map.of("zh", "有連結的藏品"), "links", List.of(Map.of("url", base + "/fine"), Map.of("url", base + "/gone")))));
            PageSession staff = curator();
            staff.get("/staff/links");
            Page done = staff.follow(staff.post("/staff/links/check", List.of()));
            assertThat(done.body()).contains(base + "/gone", "HTTP 404", "/staff/artifacts/" + number.replace("/", "%2F") + "/edit")
                    .doesNotContain(base + "/fine<");
            assertThat(new PageSession(port).signIn(CONSERVATOR, PASSWORD).get("/staff/links").body()).contains(base + "/gone");
            assertThat(anonymous().get("/staff/links").status()).isEqualTo(302);
        } finally {
            server.stop(0);
        }
    }

    private static List<String> fields(String slug, String titleZh, String items, String url) {
        List<String> pairs = new ArrayList<>(List.of("slug", slug, "title.zh", titleZh, "title.en", "Rail and telegraph",
                "goals.zh", "目標一\n目標二", "references[0].citation.zh", "參考", "references[0].url", url,
                "sections[0].heading.zh", "第一節", "sections[0].body.zh", "內文", "sections[0].items", items,
                "sections[1].heading.zh", "第二節", "sections[1].items", "",
                "sections[2].heading.zh", "", "sections[2].items", ""));
        if (!titleZh.isEmpty()) {
            pairs.addAll(List.of("ageGroup", "SENIOR_HIGH"));
        }
        return pairs;
    }
}
