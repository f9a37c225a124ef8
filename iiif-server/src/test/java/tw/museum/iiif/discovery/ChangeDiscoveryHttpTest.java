package tw.museum.iiif.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.museum.iiif.support.CatalogueHttpTestBase;

/**
 * IIIF Change Discovery 1.0 as an aggregator reads it over HTTP: the collection, every page from first to
 * last (three activities per page here), Create/Update/Delete of manifests, withdrawn records as Deletes, and
 * drafts nowhere.
 */
class ChangeDiscoveryHttpTest extends CatalogueHttpTestBase {

    static final String CONTEXT = "http://iiif.io/api/discovery/1/context.json";
    static final String LIFE = "CD/LIFE-1";      // a slash: the manifest id encodes it
    static final String DRAFT = "CD-DRAFT-1";
    static final String NO_IMAGE = "CD-NOIMAGE-1";

    @BeforeAll
    void history() throws Exception {
        artifacts.create(data(DRAFT, "草稿", null));
        attachImage(DRAFT, 80, 60);
        artifacts.update(DRAFT, data(DRAFT, "草稿二", artifacts.get(DRAFT).version()));

        artifacts.create(data(NO_IMAGE, "無圖", null));
        artifacts.publish(NO_IMAGE, null);

        artifacts.create(data(LIFE, "一生", null));
        attachImage(LIFE, 80, 60);
        artifacts.publish(LIFE, null);
        artifacts.update(LIFE, data(LIFE, "一生二", artifacts.get(LIFE).version()));
        artifacts.withdraw(LIFE, null);
        for (int i = 1; i <= 4; i++) {
            String n = "CD-MANY-" + i;
            artifacts.create(data(n, "多 " + i, null));
            attachImage(n, 80, 60);
            artifacts.publish(n, null);
        }
    }

    @Test
    void theCollectionLeadsThroughEveryPageInOrder() throws Exception {
        HttpResponse<byte[]> response = get("/iiif/discovery/1/activity/all-changes", "Accept", "application/ld+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/ld+json;profile=\"" + CONTEXT + "\"");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        JsonNode collection = JSON.readTree(response.body());
        assertThat(collection.path("@context").asString()).isEqualTo(CONTEXT);
        assertThat(collection.path("type").asString()).isEqualTo("OrderedCollection");
        assertThat(collection.path("id").asString()).isEqualTo(base() + "/iiif/discovery/1/activity/all-changes");
        long total = collection.path("totalItems").asLong();
        assertThat(total).isGreaterThanOrEqualTo(7);

        List<JsonNode> items = new ArrayList<>();
        String next = collection.path("first").path("id").asString();
        String previous = null;
        long index = 0;
        while (next != null) {
            JsonNode page = json(next);
            assertThat(page.path("type").asString()).isEqualTo("OrderedCollectionPage");
            assertThat(page.path("partOf").path("id").asString()).isEqualTo(collection.path("id").asString());
            assertThat(page.path("startIndex").asLong()).isEqualTo(index);
            assertThat(page.path("orderedItems").size()).isBetween(1, 3);
            if (previous != null) {
                assertThat(page.path("prev").path("id").asString()).isEqualTo(previous);
            } else {
                assertThat(page.has("prev")).isFalse();
            }
            page.path("orderedItems").forEach(items::add);
            index += page.path("orderedItems").size();
            previous = next;
            next = page.has("next") ? page.path("next").path("id").asString() : null;
        }
        assertThat(previous).as("the walk ends on last").isEqualTo(collection.path("last").path("id").asString());
        assertThat(items).hasSize((int) total);
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).path("endTime").asString())
                    .isGreaterThanOrEqualTo(items.get(i - 1).path("endTime").asString());
        }
        assertThat(items).allSatisfy(a -> {
            assertThat(a.path("type").asString()).isIn("Create", "Update", "Delete");
            assertThat(a.path("object").path("type").asString()).isEqualTo("Manifest");
        });
    }

    @Test
    void aRecordsLifeIsCreateUpdateDeleteAndDraftsNeverAppear() throws Exception {
        List<JsonNode> all = allActivities();
        String manifest = base() + "/iiif/presentation/3/"
                + URLEncoder.encode(LIFE, StandardCharsets.UTF_8).replace("+", "%20") + "/manifest";
        assertThat(manifest).contains("CD%2FLIFE-1");
        assertThat(all.stream().filter(a -> a.path("object").path("id").asString().equals(manifest))
                .map(a -> a.path("type").asString())).containsExactly("Create", "Update", "Delete");
        assertThat(all).noneMatch(a -> a.path("object").path("id").asString().contains(DRAFT));
        assertThat(all).as("published without an image has no manifest")
                .noneMatch(a -> a.path("object").path("id").asString().contains(NO_IMAGE));
        assertThat(get(manifest.substring(base().length())).statusCode()).as("the Delete is true").isEqualTo(404);
        JsonNode last = all.get(all.size() - 1);
        assertThat(last.path("object").path("id").asString()).endsWith("/CD-MANY-4/manifest");
        assertThat(json(last.path("object").path("id").asString()).path("type").asString()).isEqualTo("Manifest");
    }

    @Test
    void activitiesCanBeFetchedOnTheirOwnAndUnknownPagesAre404() throws Exception {
        JsonNode first = allActivities().get(0);
        JsonNode alone = json(first.path("id").asString());
        assertThat(alone.path("@context").asString()).isEqualTo(CONTEXT);
        assertThat(alone.path("type").asString()).isEqualTo(first.path("type").asString());
        assertThat(alone.path("object").path("id").asString()).isEqualTo(first.path("object").path("id").asString());
        assertThat(get("/iiif/discovery/1/activity/page/99999").statusCode()).isEqualTo(404);
        assertThat(get("/iiif/discovery/1/activity/page/-1").statusCode()).isEqualTo(404);
        assertThat(get("/iiif/discovery/1/activity/page/abc").statusCode()).isEqualTo(404);
        assertThat(get("/iiif/discovery/1/activity/999999999").statusCode()).isEqualTo(404);
    }

    private List<JsonNode> allActivities() throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String next = json("/iiif/discovery/1/activity/all-changes").path("first").path("id").asString();
        while (next != null) {
            JsonNode page = json(next);
            page.path("orderedItems").forEach(items::add);
            next = page.has("next") ? page.path("next").path("id").asString() : null;
        }
        return items;
    }
}
