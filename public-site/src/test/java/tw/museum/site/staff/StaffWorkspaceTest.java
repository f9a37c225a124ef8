package tw.museum.site.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.search.catalog.SearchEntrySource;

/** The workspace controllers through the whole application: security, forms, problems, conflicts, uploads. */
class StaffWorkspaceTest extends StaffTestSupport {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ArtifactService artifacts;
    @Autowired
    List<SearchEntrySource> entrySources;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        seed();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    static RequestPostProcessor curator() {
        return user("cora").roles("CURATOR");
    }

    static RequestPostProcessor conservator() {
        return user(CONSERVATOR).roles("CONSERVATOR");
    }

    private ArtifactView stored(String number, String title) {
        if (!artifacts.exists(number)) {
            artifacts.create(new ArtifactData(number, Bilingual.of(title, null), null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null));
        }
        return artifacts.get(number);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/staff")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/login"));
        mvc.perform(get("/staff/artifacts")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/login"));
        mvc.perform(get("/staff/login")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"_csrf\""), containsString("name=\"username\""),
                        containsString("name=\"password\""))));
        mvc.perform(get("/staff/login").param("error", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString(message("staff.login.failed"))));
    }

    @Test
    void signedInStaffSeeTheDashboardAndList() throws Exception {
        stored("DASH-1", "儀表板測試");
        mvc.perform(get("/staff").with(conservator())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(message("staff.dashboard.recent")), containsString("DASH-1"))));
        mvc.perform(get("/staff/artifacts").param("q", "DASH").param("status", "DRAFT").with(conservator()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("儀表板測試")));
        mvc.perform(get("/staff/artifacts/DASH-1/history").with(conservator())).andExpect(status().isOk())
                .andExpect(content().string(containsString(message("staff.audit.CREATE"))));
    }

    @Test
    void administratorsSeeTheSearchIndexAndRebuildIt() throws Exception {
        stored("IDX-1", "索引重建測試");
        RequestPostProcessor admin = user(ADMIN).roles("ADMINISTRATOR");
        mvc.perform(get("/staff").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/staff/search-index")));
        mvc.perform(get("/staff/search-index").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(message("staff.searchIndex.rebuild")),
                        containsString("id=\"index-backend\">lucene"))));
        mvc.perform(post("/staff/search-index/rebuild").with(admin))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/search-index/rebuild").with(conservator()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/search-index").with(conservator())).andExpect(status().isForbidden());

        // objects and every other entry type the index holds (people, terms, units)
        long records = entrySources.stream().mapToLong(source -> source.all().count()).sum();
        assertThat(records).isGreaterThan(artifacts.count());
        mvc.perform(post("/staff/search-index/rebuild").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/search-index"))
                .andExpect(flash().attribute(StaffPages.FLASH_OK, org.hamcrest.Matchers.startsWith(
                        message("staff.searchIndex.rebuilt", records, 0).substring(0, 8))));
        mvc.perform(get("/staff/search-index").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"index-staff\">" + artifacts.count() + "<")));
    }

    @Test
    void theNavigationOffersEachRoleOnlyWhatItMayOpen() throws Exception {
        String conservatorPage = mvc.perform(get("/staff").with(conservator())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(conservatorPage).contains("href=\"/staff/health-checks\"").doesNotContain("href=\"/staff/loans\"",
                "href=\"/staff/donations\"", "href=\"/staff/mail\"", "href=\"/staff/search-index\"");
        String registrarPage = mvc.perform(get("/staff").with(user("reg").roles("REGISTRAR"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(registrarPage).contains("href=\"/staff/loans\"", "href=\"/staff/donations\"")
                .doesNotContain("href=\"/staff/health-checks\"", "href=\"/staff/mail\"");
        String adminPage = mvc.perform(get("/staff").with(user(ADMIN).roles("ADMINISTRATOR"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(adminPage).contains("href=\"/staff/health-checks\"", "href=\"/staff/loans\"",
                "href=\"/staff/mail\"", "href=\"/staff/search-index\"");
        // what the navigation hides stays refused
        mvc.perform(get("/staff/loans").with(conservator())).andExpect(status().isForbidden());
        mvc.perform(get("/staff/health-checks").with(user("reg").roles("REGISTRAR"))).andExpect(status().isForbidden());
    }

    @Test
    void conservatorsCannotEditArtifacts() throws Exception {
        ArtifactView a = stored("CONS-1", "原名");
        mvc.perform(post("/staff/artifacts/CONS-1").with(conservator()).with(csrf())
                        .param("title.zh", "改名").param("version", String.valueOf(a.version())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/artifacts/CONS-1/publish").with(conservator()).with(csrf())
                        .param("version", String.valueOf(a.version())))
                .andExpect(status().isForbidden());
        assertThat(artifacts.get("CONS-1").title().zh()).isEqualTo("原名");
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/staff/artifacts").with(curator()).param("objectNumber", "CSRF-1").param("title.zh", "x"))
                .andExpect(status().isForbidden());
        assertThat(artifacts.exists("CSRF-1")).isFalse();
    }

    @Test
    void createRedirectsToTheRecordWithAMessage() throws Exception {
        mvc.perform(post("/staff/artifacts").with(curator()).with(csrf())
                        .param("objectNumber", "NEW-1").param("title.zh", "天文望遠鏡").param("title.en", "Telescope")
                        .param("classification", "instruments").param("materials", "brass", "glass")
                        .param("productionDate.display.zh", "民國104年")
                        .param("makers[0].agentId", "").param("makers[0].role.zh", "")
                        .param("dimensions[0].aspect", "height").param("dimensions[0].value", "12.5")
                        .param("dimensions[0].unit", "cm")
                        .param("restricted.storageLocation", "庫房 A-3").param("restricted.insuranceValue", "120000")
                        .param("restricted.insuranceCurrency", "TWD"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/artifacts/NEW-1"))
                .andExpect(flash().attribute(StaffPages.FLASH_OK, message("staff.flash.created", "NEW-1")));
        ArtifactView a = artifacts.get("NEW-1");
        assertThat(a.materials()).hasSize(2);
        assertThat(a.productionDate().earliestYear()).isEqualTo(2015);
        assertThat(a.restricted().storageLocation()).isEqualTo("庫房 A-3");
        assertThat(a.makers()).isEmpty();
        mvc.perform(get("/staff/artifacts/NEW-1").with(conservator())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("庫房 A-3"), containsString("天文望遠鏡"))));
        mvc.perform(get("/staff/artifacts/NEW-1/edit").with(curator())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"version\""), containsString("value=\"12.5\""),
                        containsString("name=\"makers[1].agentId\""))));
    }

    @Test
    void createWithProblemsShowsEachNextToItsFieldAndKeepsTheInput() throws Exception {
        String html = mvc.perform(post("/staff/artifacts").with(curator()).with(csrf())
                        .param("objectNumber", "bad number!")
                        .param("title.zh", "").param("title.en", "Kept English title")
                        .param("description.zh", "使用者輸入的描述")
                        .param("makers[0].agentId", "").param("makers[0].role.zh", "")
                        .param("makers[1].agentId", "999999").param("makers[1].role.zh", "製作")
                        .param("materials", "brass", "no-such-material")
                        .param("dimensions[0].aspect", "height").param("dimensions[0].value", "3")
                        .param("dimensions[0].unit", "furlong")
                        .param("restricted.insuranceCurrency", "twd"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains(message("problem.object-number-format"))
                .contains("id=\"f-title-zh-error\"").contains("aria-describedby=\"f-title-zh-error\"")
                .contains(message("problem.required"))
                // the second form row is the first maker of the record: the message is shown at row 2
                .contains("id=\"f-makers-1-agentId-error\"").contains(message("problem.unknown-agent", "999999"))
                .contains("id=\"f-materials-error\"").contains(message("problem.unknown-term", "no-such-material", "material"))
                .contains("id=\"f-dimensions-0-unit-error\"")
                .contains("id=\"f-restricted-insuranceCurrency-error\"")
                .contains("value=\"Kept English title\"").contains("使用者輸入的描述").contains("value=\"bad number!\"")
                .contains("value=\"twd\"").doesNotContain("th:");
        assertThat(artifacts.exists("bad number!")).isFalse();

        mvc.perform(post("/staff/artifacts").with(curator()).with(csrf())
                        .param("objectNumber", "TYPE-1").param("title.zh", "數字錯誤")
                        .param("dimensions[0].aspect", "height").param("dimensions[0].value", "twelve")
                        .param("dimensions[0].unit", "cm"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"f-dimensions-0-value-error\""),
                        containsString(message("problem.wrong-type")), containsString("value=\"twelve\""))));
        assertThat(artifacts.exists("TYPE-1")).isFalse();
    }

    @Test
    void staleEditIsRefusedWithTheMessageAndTheStoredRecordIsKept() throws Exception {
        ArtifactView original = stored("STALE-1", "最初的名稱");
        long oldVersion = original.version();
        // Someone else saves first.
        mvc.perform(post("/staff/artifacts/STALE-1").with(curator()).with(csrf())
                        .param("title.zh", "同事的修改").param("version", String.valueOf(oldVersion)))
                .andExpect(status().is3xxRedirection());
        ArtifactView theirs = artifacts.get("STALE-1");
        assertThat(theirs.version()).isGreaterThan(oldVersion);

        mvc.perform(post("/staff/artifacts/STALE-1").with(curator()).with(csrf())
                        .param("title.zh", "我的修改").param("description.zh", "我打的長篇描述")
                        .param("version", String.valueOf(oldVersion)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString(message("problem.detail.stale-version", "STALE-1", oldVersion, theirs.version())),
                        containsString("value=\"我的修改\""), containsString("我打的長篇描述"))));
        ArtifactView after = artifacts.get("STALE-1");
        assertThat(after.title().zh()).isEqualTo("同事的修改");
        assertThat(after.version()).isEqualTo(theirs.version());
    }

    @Test
    void uploadOfANonImageIsRefusedWithAMessage() throws Exception {
        stored("UP-1", "上傳測試");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        mvc.perform(multipart("/staff/artifacts/UP-1/media")
                        .file(new MockMultipartFile("file", "photo.png", "image/png", zip))
                        .param("captionZh", "說明").with(conservator()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/artifacts/UP-1"))
                .andExpect(flash().attribute(StaffPages.FLASH_ERRORS,
                        hasItem(containsString(message("problem.unsupported-type", "").substring(0, 6)))));
        byte[] corrupt = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2};
        mvc.perform(multipart("/staff/artifacts/UP-1/media")
                        .file(new MockMultipartFile("file", "broken.png", "image/png", corrupt))
                        .with(conservator()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(StaffPages.FLASH_ERRORS, hasItem(message("problem.corrupt-image"))));
        assertThat(artifacts.get("UP-1").media()).isEmpty();
    }

    @Test
    void unknownRecordsAnswerNotFound() throws Exception {
        mvc.perform(get("/staff/artifacts/NOPE-404").with(conservator())).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void englishInterface() throws Exception {
        mvc.perform(get("/staff/artifacts/new").with(curator()).locale(Locale.ENGLISH).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Restricted fields"), containsString("lang=\"en\""))));
    }

    @Test
    void authoritiesCanBeListedCreatedAndRetired() throws Exception {
        mvc.perform(post("/staff/agents").with(curator()).with(csrf()).param("kind", "PERSON").param("name.zh", "")
                        .param("beginYear", "abc"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("f-beginYear-error")));
        mvc.perform(post("/staff/agents").with(curator()).with(csrf()).param("kind", "PERSON").param("name.zh", "")
                        .param("name.en", "Nameless"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("f-name-zh-error"),
                        containsString("value=\"Nameless\""))));
        mvc.perform(post("/staff/agents").with(curator()).with(csrf()).param("kind", "PERSON").param("name.zh", "李四"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/agents"));
        mvc.perform(get("/staff/agents").param("q", "李").with(conservator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("李四")));
        mvc.perform(post("/staff/places").with(curator()).with(csrf()).param("name.zh", "臺北").param("latitude", "25.03"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/places").with(conservator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("臺北")));
        mvc.perform(post("/staff/vocabularies/material").with(curator()).with(csrf()).param("code", "jade")
                        .param("label.zh", "玉").param("label.en", "Jade"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/vocabularies/material"));
        mvc.perform(post("/staff/vocabularies/material/jade/retire").with(conservator()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/vocabularies/material/jade/retire").with(curator()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(terms.get(tw.museum.catalog.vocabulary.Vocabulary.MATERIAL, "jade").retired()).isTrue();
        mvc.perform(get("/staff/vocabularies/material/jade/edit").with(curator())).andExpect(status().isOk());
        for (var v : tw.museum.catalog.vocabulary.Vocabulary.values()) {
            mvc.perform(get("/staff/vocabularies/" + v.slug()).with(conservator())).andExpect(status().isOk());
        }
    }
}
