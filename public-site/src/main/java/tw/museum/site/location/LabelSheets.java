package tw.museum.site.location;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.data.domain.PageRequest;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.location.LocationRef;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.location.ObjectAtLocation;
import tw.museum.catalog.location.ObjectLocation;
import tw.museum.site.collection.QrCodes;
import tw.museum.site.document.DocumentImages;
import tw.museum.site.document.PdfDocuments;

/**
 * Label sheets: A4, three columns by eight rows of 70 × 37 mm labels, one per location or object, each with
 * a QR code and a Code 128 barcode holding exactly the location code or the object number: what a
 * keyboard-wedge scanner types into the inventory and move pages, so no URL and no prefix.
 */
@Component
public class LabelSheets {

    public static final int PER_SHEET = 24;
    /** About 40 sheets: a whole store room's shelves, not the whole collection in one request. */
    public static final int MAX_LABELS = 1000;

    private final PdfDocuments pdf;
    private final QrCodes codes;
    private final LocationService locations;
    private final MovementService movements;
    private final ArtifactService artifacts;

    public LabelSheets(PdfDocuments pdf, QrCodes codes, LocationService locations, MovementService movements,
                       ArtifactService artifacts) {
        this.pdf = pdf;
        this.codes = codes;
        this.locations = locations;
        this.movements = movements;
        this.artifacts = artifacts;
    }

    /**
     * A location's labels: the location alone ({@code self}), with every location inside it ({@code inside}),
     * or the objects there now ({@code objects}).
     */
    public ResponseEntity<byte[]> forLocation(long id, String scope, Locale locale) {
        LocationView location = locations.get(id);
        String name = "labels-" + location.code() + ".pdf";
        return switch (scope == null ? "self" : scope) {
            case "inside" -> locations(locations.subtree(id), name, locale);
            case "objects" -> objects(movements.objectsAt(id, false,
                    PageRequest.of(0, MAX_LABELS + 1)).getContent(), name, locale);
            case "self" -> locations(List.of(locations.refs(List.of(id)).get(id)), name, locale);
            default -> throw new InvalidRecordException(FieldProblem.of("scope", "not-one-of", "self, inside, objects"));
        };
    }

    /** An object's own label: its number, its title, its home location's code. */
    public ResponseEntity<byte[]> forObject(String objectNumber, Locale locale) {
        ArtifactView artifact = artifacts.get(objectNumber);
        ObjectLocation where = movements.whereIs(objectNumber);
        return objects(List.of(new ObjectAtLocation(artifact.objectNumber(), artifact.title(), artifact.status(),
                where.current(), where.home(), where.since())), "label.pdf", locale);
    }

    /** One label's content; the images are data URIs. */
    public record Label(String code, Bilingual name, Bilingual context, String qr, String barcode) {
    }

    public ResponseEntity<byte[]> locations(List<LocationRef> locations, String filename, Locale locale) {
        List<Label> labels = new ArrayList<>();
        for (LocationRef l : limited(locations)) {
            labels.add(label(l.code(), l.name(), l.fullName()));
        }
        return response(labels, filename, locale);
    }

    public ResponseEntity<byte[]> objects(List<ObjectAtLocation> objects, String filename, Locale locale) {
        List<Label> labels = new ArrayList<>();
        for (ObjectAtLocation o : limited(objects)) {
            labels.add(label(o.objectNumber(), o.title(), o.home() == null ? null : Bilingual.of(o.home().code(), null)));
        }
        return response(labels, filename, locale);
    }

    private Label label(String code, Bilingual name, Bilingual context) {
        String qr = DocumentImages.dataUri(codes.pngBytes(code, 240), "image/png");
        String barcode = codes.code128(code, 600, 90).map(png -> DocumentImages.dataUri(png, "image/png")).orElse(null);
        return new Label(code, name, context, qr, barcode);
    }

    private static <T> List<T> limited(List<T> items) {
        if (items.isEmpty()) {
            throw new InvalidRecordException(FieldProblem.of("labels", "no-labels"));
        }
        if (items.size() > MAX_LABELS) {
            throw new InvalidRecordException(FieldProblem.of("labels", "too-many-labels", MAX_LABELS));
        }
        return items;
    }

    private ResponseEntity<byte[]> response(List<Label> labels, String filename, Locale locale) {
        List<List<Label>> sheets = new ArrayList<>();
        for (int i = 0; i < labels.size(); i += PER_SHEET) {
            sheets.add(labels.subList(i, Math.min(labels.size(), i + PER_SHEET)));
        }
        byte[] bytes = pdf.render("location-labels", Map.of("sheets", sheets), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .body(bytes);
    }
}
