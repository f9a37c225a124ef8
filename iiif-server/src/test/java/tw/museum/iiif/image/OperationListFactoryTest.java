package tw.museum.iiif.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tw.museum.iiif.source.AccessDecision;

class OperationListFactoryTest {

    private final OperationListFactory factory = new OperationListFactory();
    private final OutputLimits open = new OutputLimits(5000, 5000, 10_000_000, null);

    private OperationList ops(RegionRequest region, SizeRequest size, OutputLimits limits) {
        return factory.create(new ImageRequest(region, size, RotationRequest.NONE, Quality.DEFAULT, OutputFormat.JPG),
                4000, 3000, limits);
    }

    @Test
    void sameOperationsFromDifferentSpellingsShareOneKey() {
        OperationList a = ops(new RegionRequest.Full(), new SizeRequest.Width(1000, false), open);
        OperationList b = ops(new RegionRequest.Pixels(0, 0, 4000, 3000), new SizeRequest.Percent(25, false), open);
        OperationList c = ops(new RegionRequest.Percent(0, 0, 100, 100), new SizeRequest.BestFit(1000, 1000, false), open);
        assertThat(a.key()).isEqualTo(b.key()).isEqualTo(c.key()).isEqualTo("0,0,4000,3000/1000,750/0/default.jpg");
    }

    @Test
    void maxRespectsServerLimits() {
        OperationList max = ops(new RegionRequest.Full(), new SizeRequest.Max(false), open);
        assertThat(max.width() * (long) max.height()).isLessThanOrEqualTo(10_000_000);
        assertThat(max.width()).isEqualTo(3651);
    }

    @Test
    void restrictionLimitsResolutionNotJustOutputSize() {
        OutputLimits restricted = new OutputLimits(5000, 5000, 10_000_000, new AccessDecision.Restricted(800, 800));
        OperationList max = ops(new RegionRequest.Full(), new SizeRequest.Max(false), restricted);
        assertThat(max.width()).isEqualTo(800);
        assertThat(max.height()).isEqualTo(600);
        // A small region at full resolution would let tiles be stitched into a large copy.
        assertThat(ops(new RegionRequest.Pixels(0, 0, 500, 500), new SizeRequest.Max(true), restricted).width())
                .isEqualTo(100);
        assertThat(ops(new RegionRequest.Pixels(0, 0, 500, 500), new SizeRequest.Max(false), restricted).width())
                .isEqualTo(100);
        assertThatThrownBy(() -> ops(new RegionRequest.Pixels(0, 0, 500, 500), new SizeRequest.Width(500, false),
                restricted)).isInstanceOfSatisfying(IiifException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void absurdSizesAreRefusedBeforeAnyDecoding() {
        assertThatThrownBy(() -> ops(new RegionRequest.Full(), new SizeRequest.Exact(100_000, 100_000, true), open))
                .isInstanceOfSatisfying(IiifException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> ops(new RegionRequest.Full(), new SizeRequest.Percent(100_000, true), open))
                .isInstanceOfSatisfying(IiifException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
