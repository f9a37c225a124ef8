package tw.museum.catalog.healthcheck;

import java.time.Instant;

/** A case message; {@code authorName} is the staff member's user name, null for the requester. */
public record MessageView(MessageAuthor author, String authorName, String body, Instant at) {

    static MessageView of(CaseMessage m) {
        return new MessageView(m.getAuthor(), m.getAuthorName(), m.getBody(), m.getAt());
    }
}
