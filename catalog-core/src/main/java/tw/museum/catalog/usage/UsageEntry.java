package tw.museum.catalog.usage;

import java.time.LocalDate;
import tw.museum.catalog.common.Bilingual;

/**
 * One line of an object's usage history (staff only). {@code state} is the source's own status or kind
 * (an exhibition's installation, a loan's status, a unit's status, a use's kind), for the label;
 * {@code reference} is the exhibition or loan number, unit slug or use id; {@code until} null means it runs on.
 */
public record UsageEntry(UsageKind kind, String state, LocalDate from, LocalDate until, Bilingual title,
                         String reference, String note) {
}
