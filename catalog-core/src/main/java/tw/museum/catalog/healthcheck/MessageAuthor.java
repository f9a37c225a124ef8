package tw.museum.catalog.healthcheck;

/** Which side wrote a case message. */
public enum MessageAuthor {
    REQUESTER, MUSEUM
}
