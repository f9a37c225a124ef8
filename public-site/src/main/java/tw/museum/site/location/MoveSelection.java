package tw.museum.site.location;

import java.util.List;

/**
 * Which objects a bulk move takes, from up to three sources combined: listed numbers, everything at a
 * location (with {@code inside}: in the locations inside it too), and a staff search (the same words,
 * status and classification as the workspace's artifact list).
 */
public record MoveSelection(List<String> objectNumbers, String fromLocation, Boolean inside, String query,
                            String status, String classification) {

    public MoveSelection {
        objectNumbers = objectNumbers == null ? List.of() : objectNumbers;
        inside = Boolean.TRUE.equals(inside);
    }

    public static MoveSelection of(List<String> objectNumbers) {
        return new MoveSelection(objectNumbers, null, false, null, null, null);
    }
}
