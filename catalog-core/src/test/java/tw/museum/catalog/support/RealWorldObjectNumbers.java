package tw.museum.catalog.support;

import java.util.List;

/**
 * Object numbers as museums write them, for every test that must accept them (the rule, the importer,
 * every URL and export), and forms that must stay refused. Collected from the M+ open data
 * (../shared/data/mplus and its later releases) and the published numbering of other collections.
 */
public final class RealWorldObjectNumbers {

    /** Real forms, each of which must be accepted, stored and found again through every URL. */
    public static final List<String> ACCEPTED = List.of(
            "2012.347",                  // M+: year.serial (a record no other test of a shared context makes)
            "CA13/3/23",                 // M+ archive: slashes between levels
            "V.2016.755-1",              // M+: a part after a hyphen
            "V.2015.651,727",            // M+: a comma inside (the number the importer refused)
            "2004.1.2 a-c",              // a space, then a range of parts
            "1975.1.21a–c",              // the Met: an en dash in the range of parts
            "2009.300.1a, b",            // the Met: parts listed after a comma and a space
            "1995.12.1-3",               // a range of objects
            "T 1234/5",                  // a letter prefix, a space and a part after a slash
            "EA 10470,3",                // British Museum: department, space, comma
            "1887,0101.1",               // British Museum registration number
            "Af1898,0115.1",             // British Museum, Africa
            "E.1234:1-2000",             // V&A: a colon before the part, the year after a hyphen
            "CIRC.123-1962",             // V&A
            "SK-A-1505",                 // Rijksmuseum
            "RP-P-OB-1.234",             // Rijksmuseum prints
            "AC1992.152.30.1-.2",        // LACMA: a range of parts with a dot
            "61.9.2 (1-2)",              // parts in parentheses
            "1994-73-1-a,b",             // Cooper Hewitt
            "1983-1234/1",               // Science Museum London
            "L.2013.42",                 // a loan number
            "NSTM 2005.001.0001",        // a museum's initials before the number
            "故-銅-000001-N000000000",    // National Palace Museum, Taipei
            "故畫000123",                 // National Palace Museum, painting
            "A-10569",                   // Tokyo National Museum
            "1992.5 [a]",                // a part in brackets
            "2015.12.1+2");              // two objects catalogued together

    /** Forms that must stay refused: control and invisible characters, path tricks, stray spaces. */
    public static final List<String> REFUSED = List.of(
            "",
            " 2012.1799",                // leading space
            "2012.1799 ",                // trailing space
            "2012  1799",                // a run of spaces (M+'s sort number, not its object number)
            "2012.1799\n",               // line break
            "2012\t1799",                // tab
            "2012\u00A01799",            // no-break space
            "2012.17\u200B99",           // zero-width space
            "2012.\u202E9971",           // right-to-left override
            "2012.\u00001799",           // NUL
            "../etc/passwd",             // a parent directory
            "CA13/../23",
            "2012..1799",
            "/2012.1799",                // a leading slash
            "2012.1799/",                // a trailing slash
            "CA13//23",                  // an empty part
            "CA13\\3\\23",               // backslashes
            "2012%2F1799",               // a percent (would decode into something else)
            "2012;jsessionid=x",         // a semicolon (matrix parameters)
            "2012.1799?x=1",
            "2012.1799#top",
            "<script>",
            "\"2012\"",
            "２０１２.１７９９",             // full-width digits
            "-2012",                     // must start with a letter or digit
            "a".repeat(65));             // longer than the column

    private RealWorldObjectNumbers() {
    }
}
