package tw.museum.iiif.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FolderImageSourceResolverTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"../secret", "..", "/etc/passwd", "a/b", "a\\b", "C:secret", "%2e%2e", "a\u0000b", " a",
            ".hidden", "a..", "a.", "\u53f0\u7063"})
    void hostileIdentifiersAreRejectedBeforeTheDisk(String id) {
        assertThat(ImageIdentifier.isValid(id)).isFalse();
        assertThatThrownBy(() -> new ImageIdentifier(id)).isInstanceOf(InvalidIdentifierException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"m-12", "3f2b9c1e-7a4d-4c2e-9b1a-0c8d7e6f5a4b", "photo", "IMG_0001", "scan.v2"})
    void catalogIdentifiersAreAccepted(String id) {
        assertThat(ImageIdentifier.isValid(id)).isTrue();
    }

    @Test
    void overlongIdentifierIsRejected() {
        assertThat(ImageIdentifier.isValid("a".repeat(ImageIdentifier.MAX_LENGTH))).isTrue();
        assertThat(ImageIdentifier.isValid("a".repeat(ImageIdentifier.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void resolvesByStemWithAccessSidecars() throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        Files.write(store.resolve("open.jpg"), new byte[] {1});
        Files.write(store.resolve("draft.tif"), new byte[] {1});
        Files.writeString(store.resolve("draft.access"), "DRAFT");
        Files.write(store.resolve("rights.png"), new byte[] {1});
        Files.writeString(store.resolve("rights.access"), "restricted\n");
        Files.write(dir.resolve("outside.jpg"), new byte[] {1});
        Files.createSymbolicLink(store.resolve("link.jpg"), dir.resolve("outside.jpg"));
        FolderImageSourceResolver resolver = new FolderImageSourceResolver(store, 640);

        ResolvedSource open = resolver.resolve(new ImageIdentifier("open"));
        assertThat(open.access()).isEqualTo(AccessDecision.OPEN);
        assertThat(open.mediaType()).isEqualTo("image/jpeg");
        assertThat(open.lastModified()).isNotNull();
        assertThat(resolver.resolve(new ImageIdentifier("draft")).access()).isEqualTo(AccessDecision.DENIED);
        assertThat(resolver.resolve(new ImageIdentifier("rights")).access())
                .isEqualTo(new AccessDecision.Restricted(640, 640));
        assertThat(resolver.resolve(new ImageIdentifier("missing")).access()).isEqualTo(AccessDecision.NOT_FOUND);
        assertThat(resolver.resolve(new ImageIdentifier("link")).access()).as("symlink out of the store")
                .isEqualTo(AccessDecision.NOT_FOUND);
    }
}
