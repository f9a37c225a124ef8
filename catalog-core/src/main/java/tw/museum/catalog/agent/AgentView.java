package tw.museum.catalog.agent;

import tw.museum.catalog.common.Bilingual;

/** A person or organisation as anyone sees it; the authority file holds no restricted fields. */
public record AgentView(long id, AgentKind kind, Bilingual name, String sortName, Bilingual biography,
                        Bilingual nationality, Integer beginYear, Integer endYear, String externalId,
                        boolean retired, long version) {

    public static AgentView of(Agent a) {
        return new AgentView(a.getId(), a.getKind(), a.getName(), a.getSortName(), a.getBiography(),
                a.getNationality(), a.getBeginYear(), a.getEndYear(), a.getExternalId(), a.isRetired(),
                a.getVersion());
    }
}
