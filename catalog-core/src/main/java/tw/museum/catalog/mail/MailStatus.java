package tw.museum.catalog.mail;

/** PENDING until delivered (SENT) or given up after the last retry (FAILED, shown to staff). */
public enum MailStatus {
    PENDING, SENT, FAILED
}
