package tw.museum.catalog.artifact;

import tw.museum.catalog.common.Bilingual;

/** A maker as submitted: the authority record's id and the role. */
public record MakerInput(Long agentId, Bilingual role) {
}
