package tw.museum.iiif.config;

import javax.imageio.ImageIO;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.museum.iiif.cache.DerivativeCache;
import tw.museum.iiif.delivery.ImageDeliveryService;
import tw.museum.iiif.delivery.RenderBudget;
import tw.museum.iiif.image.OperationListFactory;
import tw.museum.iiif.image.SourceProbe;
import tw.museum.iiif.image.SourceRegionReader;
import tw.museum.iiif.pyramid.PyramidDeriver;
import tw.museum.iiif.pyramid.PyramidService;
import tw.museum.iiif.pyramid.PyramidStore;
import tw.museum.iiif.pyramid.PyramidTileReader;
import tw.museum.iiif.source.FolderImageSourceResolver;
import tw.museum.iiif.source.ImageSourceResolver;

/**
 * Wires the image server. Picked up by component scanning of tw.museum.* in the main application and of
 * tw.museum.iiif in the standalone one; the main application supplies the catalog's ImageSourceResolver.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IiifProperties.class)
public class IiifConfiguration {

    public IiifConfiguration() {
        // ImageIO's default disk cache writes a temp file for every decoded stream.
        ImageIO.setUseCache(false);
    }

    @Bean
    DerivativeCache iiifDerivativeCache(IiifProperties properties) {
        return new DerivativeCache(properties.effectiveCacheDir().resolve("derivatives"),
                properties.cacheMaxSize().toBytes());
    }

    @Bean
    PyramidStore iiifPyramidStore(IiifProperties properties) {
        return new PyramidStore(properties.effectiveCacheDir().resolve("pyramids"));
    }

    @Bean
    DerivationExecutors iiifDerivationExecutors(IiifProperties properties) {
        return new DerivationExecutors(properties.effectiveDerivationThreads());
    }

    @Bean
    PyramidService iiifPyramidService(IiifProperties properties, PyramidStore store, DerivationExecutors executors,
                                      PyramidTileReader tileReader, DerivativeCache cache,
                                      OperationListFactory operations) {
        // A quarter of the heap for two bands of decoded rows: a 512 MB heap still cuts 30000-px-wide images.
        long bandBudget = Runtime.getRuntime().maxMemory() / 4;
        PyramidDeriver deriver = new PyramidDeriver(properties.tileSize(), executors.workers(), bandBudget);
        return new PyramidService(store, deriver, tileReader, cache, operations, executors.coordinator(),
                properties.pyramidMinPixels());
    }

    @Bean
    RenderBudget iiifRenderBudget() {
        return new RenderBudget(Runtime.getRuntime().maxMemory());
    }

    @Bean
    ImageDeliveryService iiifImageDeliveryService(ImageSourceResolver resolver, SourceProbe probe,
                                                  OperationListFactory operations, PyramidService pyramids,
                                                  PyramidTileReader tileReader, SourceRegionReader sourceReader,
                                                  DerivativeCache cache, RenderBudget budget,
                                                  IiifProperties properties) {
        return new ImageDeliveryService(resolver, probe, operations, pyramids, tileReader, sourceReader, cache,
                budget, properties);
    }

    @Bean
    @ConditionalOnProperty(prefix = "museum.iiif.source-folder", name = "enabled", havingValue = "true")
    FolderImageSourceResolver folderImageSourceResolver(IiifProperties properties) {
        if (properties.sourceFolder().root() == null) {
            throw new IllegalStateException("museum.iiif.source-folder.root is required when the folder resolver is enabled");
        }
        return new FolderImageSourceResolver(properties.sourceFolder().root(), properties.restrictedMaxSize());
    }
}
