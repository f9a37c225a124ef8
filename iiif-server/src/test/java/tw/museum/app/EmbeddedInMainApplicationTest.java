package tw.museum.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tw.museum.iiif.source.FolderImageSourceResolver;
import tw.museum.iiif.source.ImageSourceResolver;
import tw.museum.iiif.support.TempDirs;

/** The image server picked up by a main application's component scan, serving through the catalog's resolver. */
@SpringBootTest(classes = CatalogLikeApplication.class, properties = "museum.iiif.restricted-max-size=300")
@AutoConfigureMockMvc
class EmbeddedInMainApplicationTest {

    @DynamicPropertySource
    static void cache(DynamicPropertyRegistry registry) {
        registry.add("museum.iiif.cache-dir", () -> TempDirs.create("iiif-embedded-cache").toString());
    }

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void servesCatalogMediaIdsWithTheCatalogsAccessDecisions() throws Exception {
        // the application's own (primary) resolver is the one in use, beside the catalogue's
        assertThat(context.getBean(ImageSourceResolver.class))
                .isNotInstanceOf(tw.museum.iiif.catalog.CatalogImageSourceResolver.class);
        assertThat(context.getBeansOfType(FolderImageSourceResolver.class)).isEmpty();
        assertThat(mvc.perform(get("/iiif/3/m-12/info.json")).andReturn().getResponse().getContentAsString())
                .contains("\"width\":1200");
        assertThat(mvc.perform(get("/iiif/3/m-12/full/200,/0/default.jpg")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/iiif/2/m-12/full/200,/0/default.jpg")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/iiif/3/m-13/info.json")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/iiif/3/m-14/info.json")).andReturn().getResponse().getContentAsString())
                .contains("\"maxWidth\":300");
        assertThat(mvc.perform(get("/iiif/3/m-14/full/600,/0/default.jpg")).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/iiif/3/m-99/info.json")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
