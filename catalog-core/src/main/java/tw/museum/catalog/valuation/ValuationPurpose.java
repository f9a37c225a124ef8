package tw.museum.catalog.valuation;

/** Why an object was valued (Spectrum: valuation type). INSURANCE valuations give the insurance value. */
public enum ValuationPurpose {
    INSURANCE, ACQUISITION, MARKET, DONATION, DEACCESSION, OTHER
}
