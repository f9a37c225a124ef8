package tw.museum.site.opendata.oai;

import java.util.Optional;
import java.util.Set;

/** The six OAI-PMH verbs with the arguments each takes (besides {@code verb}). */
enum OaiVerb {
    Identify(Set.of(), Set.of()),
    ListMetadataFormats(Set.of(), Set.of("identifier")),
    ListSets(Set.of(), Set.of("resumptionToken")),
    GetRecord(Set.of("identifier", "metadataPrefix"), Set.of()),
    ListIdentifiers(Set.of("metadataPrefix"), Set.of("from", "until", "set", "resumptionToken")),
    ListRecords(Set.of("metadataPrefix"), Set.of("from", "until", "set", "resumptionToken"));

    private final Set<String> required;
    private final Set<String> optional;

    OaiVerb(Set<String> required, Set<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    boolean allows(String argument) {
        return required.contains(argument) || optional.contains(argument);
    }

    Set<String> required() {
        return required;
    }

    static Optional<OaiVerb> named(String name) {
        for (OaiVerb verb : values()) {
            if (verb.name().equals(name)) {
                return Optional.of(verb);
            }
        }
        return Optional.empty();
    }
}
