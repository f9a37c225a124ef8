package tw.museum.iiif.image;

import org.springframework.stereotype.Component;

/**
 * Parses Image API 2.1 parameters into the same {@link ImageRequest} as 3.0. Differences: "full" size,
 * no "^" (2.1 allows sizes above the region for every w/h form), and no "max" upscaling.
 */
@Component
public class ImageApi2RequestParser {

    public ImageRequest parse(String region, String size, String rotation, String qualityFormat) {
        String[] qf = ParameterSyntax.qualityAndFormat(qualityFormat);
        return new ImageRequest(ParameterSyntax.region(region), size(size), ParameterSyntax.rotation(rotation),
                ParameterSyntax.quality(qf[0]), OutputFormat.parse(qf[1]));
    }

    SizeRequest size(String s) {
        if (s.equals("full") || s.equals("max")) {
            return new SizeRequest.Max(false);
        }
        if (s.startsWith("^")) {
            throw IiifException.badRequest("'^' is Image API 3.0 syntax");
        }
        if (s.startsWith("pct:")) {
            return new SizeRequest.Percent(ParameterSyntax.decimal(s.substring(4), "size"), true);
        }
        boolean confined = s.startsWith("!");
        String body = confined ? s.substring(1) : s;
        String[] p = ParameterSyntax.split(body, 2, "size");
        if (!confined && p[0].isEmpty() && !p[1].isEmpty()) {
            return new SizeRequest.Height(ParameterSyntax.integer(p[1], "size"), true);
        }
        if (!confined && !p[0].isEmpty() && p[1].isEmpty()) {
            return new SizeRequest.Width(ParameterSyntax.integer(p[0], "size"), true);
        }
        int w = ParameterSyntax.integer(p[0], "size");
        int h = ParameterSyntax.integer(p[1], "size");
        return confined ? new SizeRequest.BestFit(w, h, true) : new SizeRequest.Exact(w, h, true);
    }
}
