package tw.museum.catalog.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.MediaDescription;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.media.MediaView;
import tw.museum.catalog.support.CatalogTestBase;

/** The manifest history behind IIIF Change Discovery; written once, run on H2 and PostgreSQL. */
abstract class ManifestActivityContract extends CatalogTestBase {

    @Autowired ArtifactService artifacts;
    @Autowired MediaService media;
    @Autowired ManifestActivityLog log;

    @Test
    void aDraftNeverAppearsAndLeavingThePublicSideIsADelete() throws IOException {
        String number = unique("CD");
        artifacts.create(data(number, "草稿"));
        attachImage(number);
        artifacts.update(number, data(number, "仍是草稿", artifacts.get(number).version()));
        assertThat(log.of(number)).as("a draft with an image has no manifest").isEmpty();

        artifacts.publish(number, null);
        artifacts.update(number, data(number, "已公開", artifacts.get(number).version()));
        artifacts.withdraw(number, null);
        artifacts.update(number, data(number, "撤回後修改", artifacts.get(number).version()));
        artifacts.publish(number, null);

        assertThat(types(number)).containsExactly(ActivityType.CREATE, ActivityType.UPDATE, ActivityType.DELETE,
                ActivityType.CREATE);
        List<ManifestActivity> history = log.of(number);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).id()).isGreaterThan(history.get(i - 1).id());
            assertThat(history.get(i).endTime()).isAfterOrEqualTo(history.get(i - 1).endTime());
        }
    }

    @Test
    void aManifestExistsOnlyWhileThePublishedRecordHasAnImage() throws IOException {
        String number = unique("CD");
        artifacts.create(data(number, "無圖"));
        artifacts.publish(number, null);
        assertThat(log.of(number)).as("published without an image: no canvas, no manifest").isEmpty();

        MediaView image = attachImage(number);
        assertThat(types(number)).containsExactly(ActivityType.CREATE);
        media.remove(number, image.id());
        assertThat(types(number)).containsExactly(ActivityType.CREATE, ActivityType.DELETE);
    }

    @Test
    void theStreamIsOrderedAndSlicedFromTheOldest() throws IOException {
        String a = unique("CD");
        artifacts.create(data(a, "甲"));
        attachImage(a);
        long before = log.count();
        artifacts.publish(a, null);
        artifacts.update(a, data(a, "甲二", artifacts.get(a).version()));
        assertThat(log.count()).isEqualTo(before + 2);
        List<ManifestActivity> tail = log.slice(before, 10);
        assertThat(tail).extracting(ManifestActivity::type).containsExactly(ActivityType.CREATE, ActivityType.UPDATE);
        assertThat(tail).extracting(ManifestActivity::objectNumber).containsOnly(a);
        assertThat(log.slice(before + 1, 1)).extracting(ManifestActivity::type).containsExactly(ActivityType.UPDATE);
    }

    private List<ActivityType> types(String number) {
        return log.of(number).stream().map(ManifestActivity::type).toList();
    }

    private MediaView attachImage(String number) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", png);
        return media.attach(number, "scan.png", new ByteArrayInputStream(png.toByteArray()), MediaDescription.none());
    }

    private static ArtifactData data(String number, String title) {
        return data(number, title, null);
    }

    static ArtifactData data(String number, String title, Long version) {
        return new ArtifactData(number, Bilingual.of(title, null), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, version);
    }
}
