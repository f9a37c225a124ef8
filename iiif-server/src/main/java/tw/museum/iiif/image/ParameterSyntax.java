package tw.museum.iiif.image;

import java.util.regex.Pattern;

/** Number parsing shared by both API versions; anything odd is a 400. */
final class ParameterSyntax {

    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,10})?|\\.\\d{1,10}");

    private ParameterSyntax() {
    }

    static int integer(String s, String what) {
        if (!INTEGER.matcher(s).matches()) {
            throw IiifException.badRequest("invalid " + what);
        }
        return Integer.parseInt(s);
    }

    static double decimal(String s, String what) {
        if (!DECIMAL.matcher(s).matches()) {
            throw IiifException.badRequest("invalid " + what);
        }
        return Double.parseDouble(s);
    }

    static String[] split(String s, int parts, String what) {
        String[] p = s.split(",", -1);
        if (p.length != parts) {
            throw IiifException.badRequest("invalid " + what);
        }
        return p;
    }

    static RegionRequest region(String s) {
        if (s.equals("full")) {
            return new RegionRequest.Full();
        }
        if (s.equals("square")) {
            return new RegionRequest.Square();
        }
        if (s.startsWith("pct:")) {
            String[] p = split(s.substring(4), 4, "region");
            return new RegionRequest.Percent(decimal(p[0], "region"), decimal(p[1], "region"),
                    decimal(p[2], "region"), decimal(p[3], "region"));
        }
        String[] p = split(s, 4, "region");
        return new RegionRequest.Pixels(integer(p[0], "region"), integer(p[1], "region"),
                integer(p[2], "region"), integer(p[3], "region"));
    }

    static RotationRequest rotation(String s) {
        boolean mirror = s.startsWith("!");
        double degrees = decimal(mirror ? s.substring(1) : s, "rotation");
        if (degrees < 0 || degrees > 360) {
            throw IiifException.badRequest("rotation must be between 0 and 360");
        }
        return new RotationRequest(degrees == 360 ? 0 : degrees, mirror);
    }

    /** "quality.format" */
    static String[] qualityAndFormat(String s) {
        int dot = s.lastIndexOf('.');
        if (dot <= 0 || dot == s.length() - 1) {
            throw IiifException.badRequest("missing format");
        }
        return new String[] {s.substring(0, dot), s.substring(dot + 1)};
    }

    static Quality quality(String s) {
        return switch (s) {
            case "default" -> Quality.DEFAULT;
            case "color" -> Quality.COLOR;
            case "gray" -> Quality.GRAY;
            case "bitonal" -> Quality.BITONAL;
            default -> throw IiifException.badRequest("unknown quality");
        };
    }
}
