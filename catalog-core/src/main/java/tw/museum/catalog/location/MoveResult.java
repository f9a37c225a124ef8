package tw.museum.catalog.location;

import java.util.List;

/**
 * What a move did: the batch number shared by its movements, one movement per object that moved, and the
 * objects that were already there (no movement written for them).
 */
public record MoveResult(long batch, List<MovementView> movements, List<String> alreadyThere) {
}
