package tw.museum.catalog.agent;

import tw.museum.catalog.common.Bilingual;

/** What staff submit to create or change a person or organisation. */
public record AgentData(AgentKind kind, Bilingual name, String sortName, Bilingual biography,
                        Bilingual nationality, Integer beginYear, Integer endYear, String externalId,
                        Long version) {
}
