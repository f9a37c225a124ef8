package tw.museum.site.collection;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * QR codes of public pages (objects, learning units), for gallery labels and printed guides; QR and Code 128
 * codes of location codes and object numbers for storage labels.
 */
@Component
public class QrCodes {

    private static final int SIZE = 300;

    /** A PNG QR code of a URL; it never changes, so caches keep it. */
    public ResponseEntity<byte[]> png(String url) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .contentType(MediaType.IMAGE_PNG).body(pngBytes(url, SIZE));
    }

    /** The PNG bytes of a QR code holding exactly {@code text}, {@code size} pixels square. */
    public byte[] pngBytes(String text, int size) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 2);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        try {
            return png(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
    }

    /**
     * The PNG bytes of a Code 128 barcode of {@code text}, or empty when the text is not printable ASCII
     * (Code 128 cannot hold it; the QR code still can).
     */
    public Optional<byte[]> code128(String text, int width, int height) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= 32 && c < 127)) {
            return Optional.empty();
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 10);
        return Optional.of(png(new Code128Writer().encode(text, BarcodeFormat.CODE_128, width, height, hints)));
    }

    private static byte[] png(BitMatrix matrix) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
