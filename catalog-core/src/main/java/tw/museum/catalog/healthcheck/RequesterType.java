package tw.museum.catalog.healthcheck;

/** Who asks for a health check; religious and non-profit bodies may get a discount later. */
public enum RequesterType {
    TEMPLE, MUSEUM, HERITAGE_HOUSE, COLLECTOR, OTHER
}
