package tw.museum.catalog.artifact;

import java.util.List;
import tw.museum.catalog.place.Place;
import tw.museum.catalog.vocabulary.Term;

/** The authority records an artifact's submitted codes and ids point at, looked up and checked. */
record ResolvedReferences(Term objectName, Term classification, Place place, List<MakerCredit> makers,
                          List<TermLink> terms) {
}
