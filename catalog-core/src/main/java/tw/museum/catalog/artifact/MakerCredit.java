package tw.museum.catalog.artifact;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import tw.museum.catalog.agent.Agent;
import tw.museum.catalog.common.Bilingual;

/** A maker of an artifact and the role they had (artist, designer, manufacturer, ...). */
@Embeddable
public class MakerCredit {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id")
    private Agent agent;

    private String roleZh;
    private String roleEn;

    protected MakerCredit() {
    }

    MakerCredit(Agent agent, Bilingual role) {
        this.agent = agent;
        Bilingual r = role == null ? Bilingual.empty() : role;
        this.roleZh = r.zh();
        this.roleEn = r.en();
    }

    public Agent getAgent() {
        return agent;
    }

    public Bilingual getRole() {
        return new Bilingual(roleZh, roleEn);
    }
}
