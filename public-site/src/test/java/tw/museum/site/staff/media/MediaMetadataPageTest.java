package tw.museum.site.staff.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.MediaDescription;
import tw.museum.catalog.media.MediaMetadata;
import tw.museum.catalog.media.MediaMetadataStore;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.media.MediaView;
import tw.museum.site.support.MuseumTestBase;
import tw.museum.site.support.TestImages;

/** Metadata read from a file on import is shown to staff with the media, and never on the public page. */
class MediaMetadataPageTest extends MuseumTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ArtifactService artifacts;
    @Autowired
    MediaService media;
    @Autowired
    MediaMetadataStore metadata;

    @Test
    void staffSeeWhatTheFileSaidAndThePublicDoesNot() throws Exception {
        String number = "MD-" + Long.toString(System.nanoTime(), 36);
        artifacts.create(new ArtifactData(number, Bilingual.of("電話機", "telephone"), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null), ArtifactStatus.PUBLISHED);
        MediaView image = media.attach(number, "front.png", new ByteArrayInputStream(TestImages.png(40, 30)),
                MediaDescription.none());
        metadata.save(image.id(), new MediaMetadata("2019-05-04T10:00:00", "攝影師王小明", "© Photo Studio Wang",
                null, null, null));

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        String staffPage = mvc.perform(get("/staff/artifacts/" + number).with(user(CONSERVATOR).roles("CONSERVATOR")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(staffPage).contains("攝影師王小明", "© Photo Studio Wang", "2019-05-04T10:00:00", "拍攝日期");

        String publicPage = anonymous().header("Accept", "text/html").get("/objects/" + number).text();
        assertThat(publicPage).contains("電話機").doesNotContain("攝影師王小明", "Photo Studio Wang");
    }
}
