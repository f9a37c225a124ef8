package tw.museum.iiif.web;

import tw.museum.iiif.image.OperationList;
import tw.museum.iiif.image.RotationFormat;

/** Canonical URI forms of a normalized operation list in each API version. */
final class CanonicalPaths {
    private CanonicalPaths() {
    }

    /** 3.0: region "full" or x,y,w,h; size "max" or w,h. */
    static String v3(OperationList ops, int imageWidth, int imageHeight, boolean isMax) {
        String region = ops.crop().isFull(imageWidth, imageHeight) ? "full" : ops.crop().token();
        String size = isMax ? "max" : ops.width() + "," + ops.height();
        return region + "/" + size + "/" + RotationFormat.token(ops.rotation()) + "/" + ops.quality().token() + "."
                + ops.format().extension();
    }

    /** 2.1: region "full" or x,y,w,h; size "full", "w," when aspect is kept, else "w,h". */
    static String v2(OperationList ops, int imageWidth, int imageHeight) {
        String region = ops.crop().isFull(imageWidth, imageHeight) ? "full" : ops.crop().token();
        String size;
        if (ops.width() == ops.crop().width() && ops.height() == ops.crop().height()) {
            size = "full";
        } else if (Math.round((double) ops.crop().height() * ops.width() / ops.crop().width()) == ops.height()) {
            size = ops.width() + ",";
        } else {
            size = ops.width() + "," + ops.height();
        }
        return region + "/" + size + "/" + RotationFormat.token(ops.rotation()) + "/" + ops.quality().token() + "."
                + ops.format().extension();
    }
}
