package tw.museum.iiif.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both API versions parse into the same request model. */
class RequestParsersTest {

    private final ImageApi3RequestParser v3 = new ImageApi3RequestParser();
    private final ImageApi2RequestParser v2 = new ImageApi2RequestParser();

    @Test
    void version3Forms() {
        assertThat(v3.size("max")).isEqualTo(new SizeRequest.Max(false));
        assertThat(v3.size("^max")).isEqualTo(new SizeRequest.Max(true));
        assertThat(v3.size("150,")).isEqualTo(new SizeRequest.Width(150, false));
        assertThat(v3.size("^150,")).isEqualTo(new SizeRequest.Width(150, true));
        assertThat(v3.size(",150")).isEqualTo(new SizeRequest.Height(150, false));
        assertThat(v3.size("^,150")).isEqualTo(new SizeRequest.Height(150, true));
        assertThat(v3.size("pct:41.6")).isEqualTo(new SizeRequest.Percent(41.6, false));
        assertThat(v3.size("^pct:141.6")).isEqualTo(new SizeRequest.Percent(141.6, true));
        assertThat(v3.size("225,100")).isEqualTo(new SizeRequest.Exact(225, 100, false));
        assertThat(v3.size("^225,100")).isEqualTo(new SizeRequest.Exact(225, 100, true));
        assertThat(v3.size("!225,100")).isEqualTo(new SizeRequest.BestFit(225, 100, false));
        assertThat(v3.size("^!225,100")).isEqualTo(new SizeRequest.BestFit(225, 100, true));
        ImageRequest r = v3.parse("pct:10.5,20,30,40", "max", "!22.5", "gray.png");
        assertThat(r.region()).isEqualTo(new RegionRequest.Percent(10.5, 20, 30, 40));
        assertThat(r.rotation()).isEqualTo(new RotationRequest(22.5, true));
        assertThat(r.quality()).isEqualTo(Quality.GRAY);
        assertThat(r.format()).isEqualTo(OutputFormat.PNG);
        assertThat(v3.parse("square", "max", "0", "default.jpg").region()).isEqualTo(new RegionRequest.Square());
        assertThat(v3.parse("1,2,3,4", "max", "0", "bitonal.jpg").region()).isEqualTo(new RegionRequest.Pixels(1, 2, 3, 4));
    }

    @Test
    void version2Forms() {
        assertThat(v2.size("full")).isEqualTo(new SizeRequest.Max(false));
        assertThat(v2.size("max")).isEqualTo(new SizeRequest.Max(false));
        assertThat(v2.size("150,")).isEqualTo(new SizeRequest.Width(150, true));
        assertThat(v2.size(",150")).isEqualTo(new SizeRequest.Height(150, true));
        assertThat(v2.size("pct:50")).isEqualTo(new SizeRequest.Percent(50, true));
        assertThat(v2.size("225,100")).isEqualTo(new SizeRequest.Exact(225, 100, true));
        assertThat(v2.size("!225,100")).isEqualTo(new SizeRequest.BestFit(225, 100, true));
        assertThatThrownBy(() -> v2.size("^max")).isInstanceOf(IiifException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gif", "jp2", "pdf"})
    void knownButUnsupportedFormatsAre501(String format) {
        assertThatThrownBy(() -> v3.parse("full", "max", "0", "default." + format))
                .isInstanceOfSatisfying(IiifException.class, e -> assertThat(e.status()).isEqualTo(501));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3,", "0x10,", "1,2,3", "", "pct:", "pct:-1", "!1,", "^^max", "99999999999,"})
    void malformedSizesAre400(String size) {
        assertThatThrownBy(() -> v3.size(size))
                .isInstanceOfSatisfying(IiifException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
