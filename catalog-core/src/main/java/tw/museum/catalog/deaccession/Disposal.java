package tw.museum.catalog.deaccession;

import java.time.LocalDate;

/** The disposal as it was carried out: how, to whom, on which day, with a note (receipt, witnesses). */
public record Disposal(DisposalMethod method, String recipient, LocalDate date, String note) {
}
