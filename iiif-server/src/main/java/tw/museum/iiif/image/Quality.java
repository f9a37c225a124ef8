package tw.museum.iiif.image;

import java.util.Locale;

public enum Quality {
    DEFAULT, COLOR, GRAY, BITONAL;

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
