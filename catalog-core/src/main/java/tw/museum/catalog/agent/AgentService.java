package tw.museum.catalog.agent;

import java.time.Clock;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.common.TextSearch;

/** The people and organisations authority file. */
@Service
@Transactional
public class AgentService {

    static final String AUDIT_TYPE = "agent";

    private final AgentRepository agents;
    private final AuditLog audit;
    private final Clock clock;
    private final ChangeFeed feed;

    public AgentService(AgentRepository agents, AuditLog audit, Clock clock, ChangeFeed feed) {
        this.agents = agents;
        this.audit = audit;
        this.clock = clock;
        this.feed = feed;
    }

    @Transactional(readOnly = true)
    public Page<AgentView> list(String query, Pageable pageable) {
        return agents.search(TextSearch.likePattern(query), pageable).map(AgentView::of);
    }

    @Transactional(readOnly = true)
    public AgentView get(long id) {
        return AgentView.of(find(id));
    }

    /** The authority record an outside source knows by its own id ("mplus:378"), if already here. */
    @Transactional(readOnly = true)
    public Optional<AgentView> findByExternalId(String externalId) {
        return agents.findByExternalId(externalId).map(AgentView::of);
    }

    public AgentView create(AgentData data) {
        check(data, null);
        Agent agent = new Agent(clock.instant());
        agent.apply(data, clock.instant());
        agents.saveAndFlush(agent);
        audit.record(AUDIT_TYPE, String.valueOf(agent.getId()), AuditAction.CREATE, null, AgentView.of(agent));
        feed.record(ChangeFeed.AGENT, String.valueOf(agent.getId()));
        return AgentView.of(agent);
    }

    public AgentView update(long id, AgentData data) {
        Agent agent = find(id);
        StaleVersionException.check(AUDIT_TYPE, id, data.version(), agent.getVersion());
        check(data, agent);
        AgentView before = AgentView.of(agent);
        agent.apply(data, clock.instant());
        agents.saveAndFlush(agent);
        audit.record(AUDIT_TYPE, String.valueOf(id), AuditAction.UPDATE, before, AgentView.of(agent));
        feed.record(ChangeFeed.AGENT, String.valueOf(id));
        return AgentView.of(agent);
    }

    public AgentView retire(long id) {
        Agent agent = find(id);
        AgentView before = AgentView.of(agent);
        agent.retire(clock.instant());
        agents.saveAndFlush(agent);
        audit.record(AUDIT_TYPE, String.valueOf(id), AuditAction.RETIRE, before, AgentView.of(agent));
        feed.record(ChangeFeed.AGENT, String.valueOf(id));
        return AgentView.of(agent);
    }

    Agent find(long id) {
        return agents.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
    }

    private void check(AgentData data, Agent existing) {
        Bilingual name = data.name() == null ? Bilingual.empty() : data.name();
        Checks checks = new Checks()
                .require("name.zh", name.zh())
                .maxLength("name", name, 500)
                .maxLength("sortName", data.sortName(), 500)
                .maxLength("biography", data.biography(), 8000)
                .maxLength("nationality", data.nationality(), 200)
                .maxLength("externalId", data.externalId(), 200);
        if (data.kind() == null) {
            checks.add("kind", "required");
        }
        if (data.beginYear() != null && data.endYear() != null && data.beginYear() > data.endYear()) {
            checks.add("endYear", "year-order");
        }
        if (data.externalId() != null && !data.externalId().isBlank()) {
            agents.findByExternalId(data.externalId())
                    .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> checks.add("externalId", "duplicate", data.externalId()));
        }
        checks.throwIfAny();
    }
}
