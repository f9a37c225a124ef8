package tw.museum.catalog.deaccession;

/**
 * How deaccessioned objects leave. SALE is refused unless the museum allows it
 * ({@code museum.deaccession.allow-sale}): public collections in Taiwan, and ICOM's code of ethics, favour
 * transfer to another public collection.
 */
public enum DisposalMethod {
    TRANSFER, RETURN, EXCHANGE, SALE, DESTRUCTION;

    /** Methods that hand the objects to someone, who must be named. */
    public boolean needsRecipient() {
        return this != DESTRUCTION;
    }
}
