package tw.museum.catalog.healthcheck;

import java.time.YearMonth;

/** Payments received in one month (by the day paid): their sum in NT$ and how many. */
public record MonthlyRevenue(YearMonth month, long total, int payments) {
}
