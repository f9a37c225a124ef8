package tw.museum.site.location;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.location.Destination;
import tw.museum.catalog.location.MovementReason;
import tw.museum.site.staff.FormValues;

/**
 * A move as staff fill it in: which objects (typed or pasted numbers, one a line; or everything at a
 * location), where to (a location code, home, or a place outside the museum), why, a reference, a note and
 * the day it happened (empty: now). Object numbers may hold commas and spaces, so only line breaks separate them.
 */
public class MoveForm {

    static final List<MovementReason> REASONS = Arrays.stream(MovementReason.values())
            .filter(MovementReason::recordable).toList();

    private String numbers;
    private String fromCode;
    private boolean inside;
    private String destination = "location";
    private String toCode;
    private String offSite;
    private String reason = MovementReason.STORAGE.name();
    private String reference;
    private String note;
    private String movedOn;
    private boolean setHome;
    private String version;

    /** The pasted numbers, trimmed, blank lines dropped, in the order given. */
    List<String> numberList() {
        List<String> list = new ArrayList<>();
        if (numbers != null) {
            for (String line : numbers.split("\\R")) {
                if (!line.isBlank()) {
                    list.add(line.strip());
                }
            }
        }
        return list;
    }

    Destination toDestination() {
        return switch (destination == null ? "" : destination) {
            case "home" -> Destination.home();
            case "offSite" -> Destination.offSite(offSite);
            default -> Destination.atCode(FormValues.blank(toCode) ? null : toCode);
        };
    }

    MovementReason reason(List<FieldProblem> problems) {
        return FormValues.toEnum(MovementReason.class, reason, "reason", problems);
    }

    /**
     * The day as the start of it in the museum's zone; today means now (a move is recorded as it happens,
     * and a start-of-day time could fall before the object's last movement).
     */
    Instant movedAt(ZoneId zone, LocalDate today, List<FieldProblem> problems) {
        LocalDate day = FormValues.toDate(movedOn, "movedAt", problems);
        return day == null || day.equals(today) ? null : day.atStartOfDay(zone).toInstant();
    }

    String blankToNull(String s) {
        return FormValues.blank(s) ? null : s.strip();
    }

    public String getNumbers() { return numbers; }
    public void setNumbers(String numbers) { this.numbers = numbers; }
    public String getFromCode() { return fromCode; }
    public void setFromCode(String fromCode) { this.fromCode = fromCode; }
    public boolean isInside() { return inside; }
    public void setInside(boolean inside) { this.inside = inside; }
    public String getDestination() { return destination; }
    public void setDestination(String destination) { this.destination = destination; }
    public String getToCode() { return toCode; }
    public void setToCode(String toCode) { this.toCode = toCode; }
    public String getOffSite() { return offSite; }
    public void setOffSite(String offSite) { this.offSite = offSite; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getMovedOn() { return movedOn; }
    public void setMovedOn(String movedOn) { this.movedOn = movedOn; }
    public boolean isSetHome() { return setHome; }
    public void setSetHome(boolean setHome) { this.setHome = setHome; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
