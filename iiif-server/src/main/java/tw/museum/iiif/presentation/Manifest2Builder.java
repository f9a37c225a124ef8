package tw.museum.iiif.presentation;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.digitalcollections.iiif.model.ImageContent;
import de.digitalcollections.iiif.model.MetadataEntry;
import de.digitalcollections.iiif.model.OtherContent;
import de.digitalcollections.iiif.model.PropertyValue;
import de.digitalcollections.iiif.model.image.ImageApiProfile;
import de.digitalcollections.iiif.model.image.ImageService;
import de.digitalcollections.iiif.model.jackson.IiifObjectMapper;
import de.digitalcollections.iiif.model.sharedcanvas.Canvas;
import de.digitalcollections.iiif.model.sharedcanvas.Manifest;
import de.digitalcollections.iiif.model.sharedcanvas.Sequence;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.MediaView;

/**
 * The same artifact as a Presentation 2.1 manifest, for viewers that read only 2.1 (Mirador 2). Modelled
 * with iiif-apis and written with its own Jackson 2 IiifObjectMapper: Boot's Jackson 3 ignores the
 * library's serializers and would write "@context": null.
 */
@Component
class Manifest2Builder {

    static final String CONTEXT = "http://iiif.io/api/presentation/2/context.json";
    private static final Locale ZH = Locale.forLanguageTag(LanguageMaps.ZH);

    private final IiifLinks links;
    private final ManifestMetadata metadata;
    private final IiifObjectMapper mapper = new IiifObjectMapper();

    Manifest2Builder(IiifLinks links, ManifestMetadata metadata) {
        this.links = links;
        this.metadata = metadata;
    }

    /** Empty when the artifact has no image, as for 3.0. */
    Optional<byte[]> build(PublicArtifactView a) {
        List<MediaView> images = ArtifactImages.of(a);
        if (images.isEmpty()) {
            return Optional.empty();
        }
        Manifest manifest = new Manifest(links.manifest2(a.objectNumber()));
        manifest.setLabel(value(a.title()));
        if (a.description() != null && !a.description().isEmpty()) {
            manifest.setDescription(value(a.description()));
        }
        Optional<String> rights = RightsUris.forRightsProperty(a.licence());
        for (Map<String, Object> pair : metadata.of(a, rights.isPresent())) {
            manifest.addMetadata(new MetadataEntry(
                    value(languageMap(pair.get("label"))), value(languageMap(pair.get("value")))));
        }
        if (a.creditLine() != null && !a.creditLine().isEmpty()) {
            manifest.setAttribution(value(a.creditLine()));
        }
        rights.ifPresent(manifest::addLicense);
        manifest.addRelated(new OtherContent(links.objectPage(a.objectNumber()), "text/html"));
        ArtifactImages.primary(a).ifPresent(p -> {
            ImageContent thumbnail = new ImageContent(links.imageService2(p.id()) + "/full/!400,400/0/default.jpg");
            thumbnail.addService(new ImageService(links.imageService2(p.id()), ImageApiProfile.LEVEL_TWO));
            manifest.addThumbnail(thumbnail);
        });

        Sequence sequence = new Sequence(links.sequence2(a.objectNumber()));
        for (MediaView image : images) {
            sequence.addCanvas(canvas(a, image));
        }
        manifest.addSequence(sequence);
        try {
            return Optional.of(mapper.writeValueAsBytes(manifest));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the 2.1 manifest", e);
        }
    }

    private Canvas canvas(PublicArtifactView a, MediaView image) {
        Canvas canvas = new Canvas(links.canvas2(a.objectNumber(), image.id()));
        canvas.setLabel(value(image.caption() != null && !image.caption().isEmpty() ? image.caption() : a.title()));
        canvas.setWidth(image.width());
        canvas.setHeight(image.height());
        ImageContent content = new ImageContent(links.imageService2(image.id()) + "/full/full/0/default.jpg");
        content.setFormat("image/jpeg");
        content.setWidth(image.width());
        content.setHeight(image.height());
        content.addService(new ImageService(links.imageService2(image.id()), ImageApiProfile.LEVEL_TWO));
        canvas.addImage(content);
        return canvas;
    }

    /** A 2.1 property value: one value per language, each tagged (zh-Hant, en, or untagged for "none"). */
    private static PropertyValue value(Bilingual text) {
        PropertyValue value = new PropertyValue();
        if (text.zh() != null) {
            value.addValue(ZH, text.zh());
        }
        if (text.en() != null) {
            value.addValue(Locale.ENGLISH, text.en());
        }
        return value;
    }

    private static PropertyValue value(Map<String, List<String>> languageMap) {
        PropertyValue value = new PropertyValue();
        languageMap.forEach((language, texts) -> {
            for (String text : texts) {
                if (LanguageMaps.NONE.equals(language)) {
                    value.addValue(text);
                } else {
                    value.addValue(Locale.forLanguageTag(language), text);
                }
            }
        });
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> languageMap(Object value) {
        return (Map<String, List<String>>) value;
    }
}
