package tw.museum.catalog.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.support.CatalogTestBase;

/** Attaching real image and document files; written once, run on H2 and PostgreSQL. */
abstract class MediaContract extends CatalogTestBase {

    @Autowired ArtifactService artifacts;
    @Autowired MediaService media;
    @Autowired MediaStore store;
    @Autowired ThumbnailCache thumbnails;

    String number;

    @BeforeEach
    void artifact() {
        number = unique("MED");
        artifacts.create(new ArtifactData(number, Bilingual.of("測試藏品", null), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    @Test
    void keepsTheOriginalUnchangedWithItsChecksumAndDetectsTheTypeFromTheContent() throws Exception {
        byte[] png = image("png", 640, 480);
        // The name claims JPEG; the bytes are PNG, and the bytes win.
        MediaView view = media.attach(number, "../../etc/photo.jpg", new ByteArrayInputStream(png),
                new MediaDescription(Bilingual.of("正面", "Front"), "CC BY 4.0", null, null, null, null));

        assertThat(view.mediaType()).isEqualTo("image/png");
        assertThat(view.kind()).isEqualTo(MediaKind.IMAGE);
        assertThat(view.width()).isEqualTo(640);
        assertThat(view.height()).isEqualTo(480);
        assertThat(view.primary()).isTrue();
        assertThat(view.filename()).isEqualTo("photo.jpg");
        assertThat(view.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
        MediaFile file = media.file(view.id(), true).orElseThrow();
        assertThat(Files.readAllBytes(file.original())).isEqualTo(png);
        assertThat(file.original().normalize()).startsWith(store.root());
        assertThat(artifacts.get(number).media()).extracting(MediaView::id).containsExactly(view.id());
        assertThat(artifacts.history(number)).anySatisfy(r -> {
            assertThat(r.entityType()).isEqualTo(ArtifactService.MEDIA_AUDIT_TYPE);
            assertThat(r.action()).isEqualTo(AuditAction.CREATE);
        });
    }

    @Test
    void makesThumbnailsOfStoredImages() throws Exception {
        MediaView view = media.attach(number, "big.jpg", new ByteArrayInputStream(image("jpg", 1600, 900)),
                MediaDescription.none());
        MediaFile file = media.file(view.id(), true).orElseThrow();
        BufferedImage thumbnail = ImageIO.read(thumbnails.of(view.sha256(), file.original(), 300).toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(400);
        assertThat(thumbnail.getHeight()).isEqualTo(225);
    }

    @Test
    void thumbnailsOfLargeImagesAreMadeFromASubsampledRead() throws Exception {
        MediaView view = media.attach(number, "large.png", new ByteArrayInputStream(image("png", 6000, 4000)),
                MediaDescription.none());
        MediaFile file = media.file(view.id(), true).orElseThrow();
        BufferedImage thumbnail = ImageIO.read(thumbnails.of(view.sha256(), file.original(), 200).toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(200);
        assertThat(thumbnail.getHeight()).isBetween(133, 134); // 3:2, rounded either way after subsampling
    }

    @Test
    void theSecondImageIsNotPrimaryUnlessAskedAndOrderCanChange() throws Exception {
        MediaView first = media.attach(number, "a.png", new ByteArrayInputStream(image("png", 10, 10)), MediaDescription.none());
        MediaView second = media.attach(number, "b.png", new ByteArrayInputStream(image("png", 12, 12)), MediaDescription.none());
        assertThat(second.primary()).isFalse();

        media.describe(number, second.id(), new MediaDescription(null, null, null, 0, true, second.version()));
        List<MediaView> now = media.list(number);
        assertThat(now).extracting(MediaView::id).containsExactly(second.id(), first.id());
        assertThat(now).extracting(MediaView::primary).containsExactly(true, false);

        media.remove(number, second.id());
        assertThat(media.list(number)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(first.id());
            assertThat(m.primary()).isTrue();
            assertThat(m.position()).isZero();
        });
    }

    @Test
    void refusesFilesThatAreNotImagesOrDocuments() {
        byte[] executable = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        assertThatThrownBy(() -> media.attach(number, "photo.jpg", new ByteArrayInputStream(executable), MediaDescription.none()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("unsupported-type"));
        assertThat(media.list(number)).isEmpty();
    }

    @Test
    void refusesCorruptImagesAndEmptyFiles() throws Exception {
        byte[] png = image("png", 64, 64);
        byte[] truncated = java.util.Arrays.copyOf(png, 20);
        assertThatThrownBy(() -> media.attach(number, "x.png", new ByteArrayInputStream(truncated), MediaDescription.none()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("corrupt-image"));
        assertThatThrownBy(() -> media.attach(number, "x.png", new ByteArrayInputStream(new byte[0]), MediaDescription.none()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("empty-file"));
        assertThat(media.list(number)).isEmpty();
    }

    @Test
    void refusesADecompressionBombFromItsHeaderAlone() {
        // A valid PNG header declaring 100000 x 100000 pixels (10 gigapixels) and no pixel data at all.
        byte[] bomb = pngHeaderOnly(100_000, 100_000);
        assertThatThrownBy(() -> media.attach(number, "bomb.png", new ByteArrayInputStream(bomb), MediaDescription.none()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("too-many-pixels"));
    }

    @Test
    void refusesUploadsOverTheSizeLimitWithoutKeepingAnything() throws Exception {
        long before = countFiles();
        byte[] big = new byte[(int) store.maxBytes() + 1];
        System.arraycopy(image("png", 8, 8), 0, big, 0, 50);
        assertThatThrownBy(() -> media.attach(number, "big.png", new ByteArrayInputStream(big), MediaDescription.none()))
                .isInstanceOf(UploadTooLargeException.class);
        assertThat(countFiles()).isEqualTo(before);
        assertThat(media.list(number)).isEmpty();
    }

    @Test
    void acceptsPdfDocuments() {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        MediaView view = media.attach(number, "report.pdf", new ByteArrayInputStream(pdf), MediaDescription.none());
        assertThat(view.kind()).isEqualTo(MediaKind.DOCUMENT);
        assertThat(view.mediaType()).isEqualTo("application/pdf");
        assertThat(view.primary()).isFalse();
    }

    @Test
    void unpublishedFilesAreOnlyForStaff() throws Exception {
        MediaView view = media.attach(number, "a.png", new ByteArrayInputStream(image("png", 10, 10)), MediaDescription.none());
        assertThat(media.file(view.id(), false)).isEmpty();
        artifacts.publish(number, null);
        assertThat(media.file(view.id(), false)).isPresent();
    }

    private long countFiles() throws IOException {
        try (var files = Files.walk(store.root())) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(0, 0, width / 2 + 1, height / 2 + 1);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteBuffer out = ByteBuffer.allocate(8 + 12 + 13 + 12);
        out.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.array();
    }

    private static void chunk(ByteBuffer out, String type, byte[] data) {
        out.putInt(data.length);
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.put(typeBytes).put(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.putInt((int) crc.getValue());
    }
}
