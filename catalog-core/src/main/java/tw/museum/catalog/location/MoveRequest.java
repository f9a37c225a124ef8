package tw.museum.catalog.location;

import java.time.Instant;
import java.util.List;

/**
 * Moves objects in one step, one movement each: the object numbers, where to, why, a reference (a loan
 * number, an exhibition, an inventory), a note, when it happened (null: now) and whether the destination
 * becomes their normal (home) location too.
 */
public record MoveRequest(List<String> objectNumbers, Destination to, MovementReason reason, String reference,
                          String note, Instant movedAt, boolean setHome) {

    public MoveRequest {
        objectNumbers = objectNumbers == null ? List.of() : objectNumbers;
    }

    public static MoveRequest of(List<String> objectNumbers, Destination to, MovementReason reason, String reference) {
        return new MoveRequest(objectNumbers, to, reason, reference, null, null, false);
    }
}
