package tw.museum.iiif.image;

import org.springframework.stereotype.Component;

/** Parses Image API 3.0 parameters: {region}/{size}/{rotation}/{quality}.{format}. */
@Component
public class ImageApi3RequestParser {

    public ImageRequest parse(String region, String size, String rotation, String qualityFormat) {
        String[] qf = ParameterSyntax.qualityAndFormat(qualityFormat);
        return new ImageRequest(ParameterSyntax.region(region), size(size), ParameterSyntax.rotation(rotation),
                ParameterSyntax.quality(qf[0]), OutputFormat.parse(qf[1]));
    }

    SizeRequest size(String s) {
        boolean up = s.startsWith("^");
        String body = up ? s.substring(1) : s;
        if (body.equals("max")) {
            return new SizeRequest.Max(up);
        }
        if (body.startsWith("pct:")) {
            return new SizeRequest.Percent(ParameterSyntax.decimal(body.substring(4), "size"), up);
        }
        boolean confined = body.startsWith("!");
        if (confined) {
            body = body.substring(1);
        }
        String[] p = ParameterSyntax.split(body, 2, "size");
        if (!confined && p[0].isEmpty() && !p[1].isEmpty()) {
            return new SizeRequest.Height(ParameterSyntax.integer(p[1], "size"), up);
        }
        if (!confined && !p[0].isEmpty() && p[1].isEmpty()) {
            return new SizeRequest.Width(ParameterSyntax.integer(p[0], "size"), up);
        }
        int w = ParameterSyntax.integer(p[0], "size");
        int h = ParameterSyntax.integer(p[1], "size");
        return confined ? new SizeRequest.BestFit(w, h, up) : new SizeRequest.Exact(w, h, up);
    }
}
