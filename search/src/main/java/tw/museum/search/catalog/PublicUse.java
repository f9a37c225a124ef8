package tw.museum.search.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a person or a term appears on a published object: the public pages of people and terms list their
 * published objects and do not exist otherwise ("someone known only from drafts gets no page"), so their search
 * entries follow the same rule. Only PUBLISHED counts: any other status is not public.
 */
@Component
@Transactional(readOnly = true)
public class PublicUse {
    private final JdbcClient jdbc;

    public PublicUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean agent(long agentId) {
        return jdbc.sql("SELECT COUNT(*) FROM artifact_maker m JOIN artifact a ON a.id = m.artifact_id"
                        + " WHERE m.agent_id = ? AND a.status = 'PUBLISHED'")
                .param(agentId).query(Long.class).single() > 0;
    }

    public boolean term(long termId) {
        return jdbc.sql("SELECT COUNT(*) FROM artifact a WHERE a.status = 'PUBLISHED' AND (a.classification_id = ?"
                        + " OR EXISTS (SELECT 1 FROM artifact_term t WHERE t.artifact_id = a.id AND t.term_id = ?))")
                .params(termId, termId).query(Long.class).single() > 0;
    }
}
