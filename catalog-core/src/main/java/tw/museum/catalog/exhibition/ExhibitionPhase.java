package tw.museum.catalog.exhibition;

import java.time.LocalDate;

/** Upcoming, current or past on a given day; an exhibition without a closing date runs on. */
public enum ExhibitionPhase {
    UPCOMING, CURRENT, PAST;

    public static ExhibitionPhase on(LocalDate day, LocalDate opensOn, LocalDate closesOn) {
        if (opensOn.isAfter(day)) {
            return UPCOMING;
        }
        return closesOn != null && closesOn.isBefore(day) ? PAST : CURRENT;
    }
}
