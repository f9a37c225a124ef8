package tw.museum.catalog.media;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where originals are kept and what is accepted. {@code maxImagePixels} refuses decompression bombs
 * from the image header, before anything is decoded.
 */
@ConfigurationProperties("museum.media")
public record MediaProperties(
        @DefaultValue("./data/media") Path storeDir,
        @DefaultValue("200MB") DataSize maxUploadSize,
        @DefaultValue("1000000000") long maxImagePixels) {
}
