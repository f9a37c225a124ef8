package tw.museum.iiif.image;

import org.springframework.stereotype.Component;

/** Resolves a parsed request against the source dimensions and limits into an {@link OperationList}. */
@Component
public class OperationListFactory {

    public OperationList create(ImageRequest request, int imageWidth, int imageHeight, OutputLimits limits) {
        PixelRegion crop = crop(request.region(), imageWidth, imageHeight);
        int[] size = size(request.size(), crop, imageWidth, imageHeight, limits);
        return new OperationList(crop, size[0], size[1], request.rotation(), request.quality(), request.format());
    }

    PixelRegion crop(RegionRequest region, int w, int h) {
        if (region instanceof RegionRequest.Square) {
            int side = Math.min(w, h);
            return new PixelRegion((w - side) / 2, (h - side) / 2, side, side);
        }
        if (region instanceof RegionRequest.Pixels p) {
            return clip(p.x(), p.y(), p.width(), p.height(), w, h);
        }
        if (region instanceof RegionRequest.Percent p) {
            if (p.x() >= 100 || p.y() >= 100) {
                throw IiifException.badRequest("region outside the image");
            }
            long x = Math.round(p.x() * w / 100.0);
            long y = Math.round(p.y() * h / 100.0);
            long rw = p.width() > 0 ? Math.max(1, Math.round(p.width() * w / 100.0)) : 0;
            long rh = p.height() > 0 ? Math.max(1, Math.round(p.height() * h / 100.0)) : 0;
            return clip(x, y, rw, rh, w, h);
        }
        return new PixelRegion(0, 0, w, h);
    }

    private static PixelRegion clip(long x, long y, long rw, long rh, int w, int h) {
        if (rw <= 0 || rh <= 0) {
            throw IiifException.badRequest("region width and height must be positive");
        }
        if (x >= w || y >= h) {
            throw IiifException.badRequest("region outside the image");
        }
        return new PixelRegion((int) x, (int) y, (int) Math.min(rw, w - x), (int) Math.min(rh, h - y));
    }

    int[] size(SizeRequest size, PixelRegion crop, int imageWidth, int imageHeight, OutputLimits limits) {
        int cw = crop.width();
        int ch = crop.height();
        double restrictScale = limits.restrictionScale(imageWidth, imageHeight);
        long tw;
        long th;
        boolean upscale;
        if (size instanceof SizeRequest.Max m) {
            // "max": the largest size allowed; above the region only with "^" (then up to the limits).
            double s = m.upscale() ? Double.MAX_VALUE : 1.0;
            if (limits.restriction() != null) {
                s = Math.min(s, restrictScale);
            }
            s = Math.min(s, limits.maxWidth() / (double) cw);
            s = Math.min(s, limits.maxHeight() / (double) ch);
            s = Math.min(s, Math.sqrt(limits.maxArea() / ((double) cw * ch)));
            tw = Math.max(1, (long) Math.floor(cw * s + 1e-9));
            th = Math.max(1, (long) Math.floor(ch * s + 1e-9));
            return new int[] {(int) tw, (int) th};
        } else if (size instanceof SizeRequest.Width s) {
            tw = s.width();
            th = Math.round((double) ch * s.width() / cw);
            upscale = s.upscale();
        } else if (size instanceof SizeRequest.Height s) {
            th = s.height();
            tw = Math.round((double) cw * s.height() / ch);
            upscale = s.upscale();
        } else if (size instanceof SizeRequest.Percent s) {
            tw = Math.round(cw * s.percent() / 100.0);
            th = Math.round(ch * s.percent() / 100.0);
            upscale = s.upscale();
        } else if (size instanceof SizeRequest.Exact s) {
            tw = s.width();
            th = s.height();
            upscale = s.upscale();
        } else {
            SizeRequest.BestFit s = (SizeRequest.BestFit) size;
            double scale = Math.min((double) s.width() / cw, (double) s.height() / ch);
            // 3.0 without "^": the best fit must not be larger than the region, and a box that would need
            // upscaling is refused like every other form (the official validator's size_noup asks for it).
            if (!s.upscale() && scale > 1.0) {
                throw IiifException.badRequest("!w,h larger than the region requires ^");
            }
            tw = Math.min(s.width(), Math.round(cw * scale));
            th = Math.min(s.height(), Math.round(ch * scale));
            upscale = s.upscale();
        }
        if (tw < 1 || th < 1) {
            throw IiifException.badRequest("requested size is zero");
        }
        if (!upscale && (tw > cw || th > ch)) {
            throw IiifException.badRequest("size larger than the region requires ^");
        }
        if (tw > limits.maxWidth() || th > limits.maxHeight() || tw * th > limits.maxArea()) {
            throw IiifException.badRequest("size exceeds maxWidth/maxHeight/maxArea");
        }
        if (restrictScale < 1.0
                && (tw > Math.ceil(cw * restrictScale) + 1 || th > Math.ceil(ch * restrictScale) + 1)) {
            throw IiifException.forbidden("image is restricted to a smaller size");
        }
        return new int[] {(int) tw, (int) th};
    }
}
