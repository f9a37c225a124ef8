package tw.museum.catalog.artifact;

import tw.museum.catalog.common.Bilingual;

public record MakerView(long agentId, Bilingual name, Bilingual role) {
}
