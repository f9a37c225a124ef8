package tw.museum.site.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The museum's letterhead image at the top of every document: {@code museum.documents.letterhead} (a PNG
 * or JPEG file) or, when unset, the one shipped in the jar. The museum's name and address under it come
 * from the message bundles ({@code doc.museum.*}), so they follow the document's language.
 */
@Component
public class Letterhead {

    private final String dataUri;

    public Letterhead(@Value("${museum.documents.letterhead:}") String file) throws IOException {
        if (file.isBlank()) {
            try (InputStream in = new ClassPathResource("documents/letterhead.png").getInputStream()) {
                this.dataUri = DocumentImages.dataUri(in.readAllBytes(), "image/png");
            }
        } else {
            Path path = Path.of(file);
            String type = path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? "image/png" : "image/jpeg";
            this.dataUri = DocumentImages.dataUri(Files.readAllBytes(path), type);
        }
    }

    public String dataUri() {
        return dataUri;
    }
}
