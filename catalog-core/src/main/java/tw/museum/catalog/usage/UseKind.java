package tw.museum.catalog.usage;

/** What a recorded use of collection objects was (Spectrum: Use of collections). */
public enum UseKind {
    WORKSHOP, EDUCATION, RESEARCH, PHOTOGRAPHY, FILMING, PUBLICATION, EVENT, OTHER
}
