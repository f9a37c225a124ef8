package tw.museum.site.opendata.oai;

/** An OAI-PMH error condition: its protocol code and a human-readable explanation. */
record OaiError(String code, String message) {
}
