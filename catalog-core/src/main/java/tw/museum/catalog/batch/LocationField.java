package tw.museum.catalog.batch;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.LocationRef;
import tw.museum.catalog.location.LocationService;
import tw.museum.catalog.location.LocationView;
import tw.museum.catalog.location.MovementReason;
import tw.museum.catalog.location.MovementService;
import tw.museum.catalog.location.ObjectLocation;
import tw.museum.catalog.location.Whereabouts;

/**
 * Where objects are: a location batch is a bulk move through {@link MovementService}, one movement per object
 * (reason as given, reference the batch number), refused like any move (a retired location, a date before the
 * last move). A record's version here is its location's ({@link ObjectLocation#version()}): an object moved by
 * someone else since the preview is skipped, and the undo is blocked while any object has moved since. The undo
 * takes each object back where it was (a location or an off-site place), as a movement of its own; an object that
 * had no recorded location cannot be put back to "nowhere" and is skipped with that reason.
 */
@Component
@Order(90)
class LocationField implements BatchField {

    /** The reason of the movements a batch's undo writes: they correct the batch, whatever it was for. */
    static final MovementReason UNDO_REASON = MovementReason.OTHER;

    private final MovementService movements;
    private final LocationService locations;
    private final CurrentActor actor;

    LocationField(MovementService movements, LocationService locations, CurrentActor actor) {
        this.movements = movements;
        this.locations = locations;
        this.actor = actor;
    }

    @Override
    public String name() {
        return "location";
    }

    @Override
    public Set<BatchOperation> operations() {
        return Set.of(BatchOperation.SET);
    }

    @Override
    public BatchInput input() {
        return new BatchInput(BatchInput.Kind.LOCATION, null, false,
                Arrays.stream(MovementReason.values()).filter(MovementReason::recordable).map(Enum::name).toList());
    }

    @Override
    public BatchAccess access() {
        return BatchAccess.MOVE;
    }

    @Override
    public FieldValue resolve(BatchOperation operation, BatchValue value, Checks checks) {
        reason(value, checks);
        if (value.codes().size() != 1) {
            checks.add("value.codes", "required");
            return FieldValue.EMPTY;
        }
        String code = value.codes().get(0);
        LocationView location = locations.findByCode(code).orElse(null);
        if (location == null) {
            checks.add("value.codes", "batch-unknown-location", code);
            return FieldValue.ofCode(code);
        }
        if (location.retired()) {
            checks.add("value.codes", "batch-retired-location", location.code());
        }
        return part(location.code(), location.fullName());
    }

    private static MovementReason reason(BatchValue value, Checks checks) {
        String recordable = Arrays.stream(MovementReason.values()).filter(MovementReason::recordable).map(Enum::name)
                .collect(Collectors.joining(", "));
        if (value.reason() == null) {
            checks.add("value.reason", "required");
            return null;
        }
        try {
            MovementReason reason = MovementReason.valueOf(value.reason());
            if (reason.recordable()) {
                return reason;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        checks.add("value.reason", "not-one-of", recordable);
        return null;
    }

    @Override
    public FieldState read(String objectNumber) {
        ObjectLocation where = movements.whereIs(objectNumber);
        return new FieldState(valueOf(where.current()), where.version());
    }

    @Override
    public FieldValue plan(FieldValue current, BatchOperation operation, FieldValue value) {
        return value;
    }

    @Override
    public FieldState write(String objectNumber, long version, FieldValue target) {
        return write(objectNumber, version, target, UNDO_REASON);
    }

    @Override
    public FieldState write(String objectNumber, long version, FieldValue target, BatchValue requested, boolean undo) {
        return write(objectNumber, version, target, undo ? UNDO_REASON : reason(requested, new Checks()));
    }

    private FieldState write(String objectNumber, long version, FieldValue target, MovementReason reason) {
        Destination to;
        if (target.code() != null) {
            to = Destination.atCode(target.code());
        } else if (!target.text().isEmpty()) {
            to = Destination.offSite(target.text().zh());
        } else {
            throw new InvalidRecordException(FieldProblem.of("location", "batch-location-not-restorable", objectNumber));
        }
        String cause = actor.cause();
        String reference = cause != null && cause.startsWith(BatchEditService.AUDIT_TYPE + ":")
                ? cause.substring(BatchEditService.AUDIT_TYPE.length() + 1) : cause;
        movements.moveOne(objectNumber, to, reason, reference, null, null, version);
        return read(objectNumber);
    }

    @Override
    public Map<String, Long> versions(Collection<String> objectNumbers) {
        return movements.whereAre(objectNumbers).values().stream()
                .collect(Collectors.toMap(ObjectLocation::objectNumber, ObjectLocation::version));
    }

    /** An object's place: a location by code and full name, an off-site place by its words, or nothing. */
    private static FieldValue valueOf(Whereabouts where) {
        LocationRef location = where.location();
        if (location != null) {
            return part(location.code(), location.fullName());
        }
        return where.offSite() == null ? FieldValue.EMPTY : FieldValue.ofText(new Bilingual(where.offSite(), null));
    }

    private static FieldValue part(String code, Bilingual fullName) {
        return new FieldValue(List.of(new FieldValue.Part(code, fullName)));
    }
}
