package tw.museum.catalog.artifact;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the public side of the catalogue for open-data exports and harvesting (OAI-PMH): published
 * records, and records once published that are not any more (withdrawn, deaccessioned: reported as
 * deleted). Pages are taken in modification order by keyset ({@code updatedAt}, {@code id}), so paging stays correct while records
 * are edited: a record changed mid-harvest moves behind the cursor and is delivered again, never lost.
 */
@Service
@Transactional(readOnly = true)
public class ArtifactHarvest {

    /**
     * Visible to harvesters: published now, or published once (whatever it is now: withdrawn, deaccessioned;
     * anything but PUBLISHED is reported deleted). A record never published was never harvested.
     */
    private static final String HARVESTABLE = "(a.status = :published or a.publishedAt is not null)";

    private final EntityManager entities;
    private final ArtifactViews views;
    private final Clock clock;

    public ArtifactHarvest(EntityManager entities, ArtifactViews views, Clock clock) {
        this.entities = entities;
        this.views = views;
        this.clock = clock;
    }

    /**
     * Up to {@code limit} records after {@code after} (null: from the start). With {@code withViews}
     * false, published records come without their view: header-only listings need none.
     */
    public List<HarvestRecord> page(HarvestQuery query, HarvestCursor after, int limit, boolean withViews) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select a from Artifact a left join fetch a.classification c ");
        if (withViews) {
            jpql.append("left join fetch a.objectName left join fetch a.productionPlace ");
        }
        jpql.append("where ").append(where(query, params));
        if (after != null) {
            jpql.append(" and (a.updatedAt > :afterAt or (a.updatedAt = :afterAt and a.id > :afterId))");
            params.put("afterAt", after.updatedAt());
            params.put("afterId", after.id());
        }
        jpql.append(" order by a.updatedAt, a.id");
        TypedQuery<Artifact> q = entities.createQuery(jpql.toString(), Artifact.class).setMaxResults(limit);
        params.forEach(q::setParameter);
        List<Artifact> found = q.getResultList();
        Map<Long, List<String>> units = learningUnits(found);
        List<HarvestRecord> records;
        if (withViews) {
            List<Artifact> published = found.stream().filter(a -> a.getStatus() == ArtifactStatus.PUBLISHED).toList();
            loadReferences(published);
            Iterator<ArtifactView> publishedViews = views.of(published).iterator();
            records = found.stream().map(a -> record(a, a.getStatus() == ArtifactStatus.PUBLISHED
                    ? PublicArtifactView.of(publishedViews.next()) : null, units)).toList();
        } else {
            records = found.stream().map(a -> record(a, null, units)).toList();
        }
        // A page can hold many records with their collections: keep the persistence context from growing
        // over a long export run in one transaction.
        entities.clear();
        return records;
    }

    /**
     * Loads the makers and terms a page of records points at in two queries, so building their views
     * finds them in the persistence context instead of fetching each one on its own.
     */
    private void loadReferences(List<Artifact> page) {
        if (page.isEmpty()) {
            return;
        }
        List<Long> ids = page.stream().map(Artifact::getId).toList();
        entities.createQuery("select distinct m.agent from Artifact a join a.makers m where a.id in :ids", Object.class)
                .setParameter("ids", ids).getResultList();
        entities.createQuery("select distinct t.term from Artifact a join a.terms t where a.id in :ids", Object.class)
                .setParameter("ids", ids).getResultList();
    }

    public long count(HarvestQuery query) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = entities.createQuery("select count(a) from Artifact a left join a.classification c where "
                + where(query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** One record for harvesters, or empty for drafts, records withdrawn before publication and unknown numbers. */
    public Optional<HarvestRecord> find(String objectNumber) {
        return entities.createQuery("select a from Artifact a left join fetch a.classification where a.objectNumber = :n",
                        Artifact.class)
                .setParameter("n", objectNumber)
                .getResultStream()
                .findFirst()
                .filter(a -> a.getStatus() == ArtifactStatus.PUBLISHED || a.getPublishedAt() != null)
                .map(a -> record(a, a.getStatus() == ArtifactStatus.PUBLISHED
                        ? PublicArtifactView.of(views.of(a)) : null, learningUnits(List.of(a))));
    }

    /** The oldest modification time among harvestable records, or empty when there are none. */
    public Optional<Instant> earliestChange() {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Instant> q = entities.createQuery("select min(a.updatedAt) from Artifact a left join a.classification c where "
                + where(HarvestQuery.all(), params), Instant.class);
        params.forEach(q::setParameter);
        return Optional.ofNullable(q.getSingleResult());
    }

    private String where(HarvestQuery query, Map<String, Object> params) {
        Instant now = clock.instant();
        params.put("published", ArtifactStatus.PUBLISHED);
        StringBuilder where = new StringBuilder(query.publishedOnly() ? "a.status = :published" : HARVESTABLE);
        if (query.classification() != null) {
            where.append(" and c.code = :classification");
            params.put("classification", query.classification());
        }
        if (query.learningUnit() != null) {
            // A unit's set holds the artifacts its story shows, while the unit itself is public.
            where.append(" and a.id in (select i.artifactId from LearningUnit u join u.items i"
                    + " where u.slug = :unit and u.publishAt <= :now)");
            params.put("unit", query.learningUnit());
            params.put("now", now);
        }
        if (query.from() != null) {
            where.append(" and a.updatedAt >= :from");
            params.put("from", query.from());
        }
        if (query.before() != null) {
            where.append(" and a.updatedAt < :before");
            params.put("before", query.before());
        }
        return where.toString();
    }

    /** The published learning units showing each published record of a page, in one query. */
    private Map<Long, List<String>> learningUnits(List<Artifact> page) {
        List<Long> ids = page.stream().filter(a -> a.getStatus() == ArtifactStatus.PUBLISHED).map(Artifact::getId).toList();
        Map<Long, List<String>> units = new HashMap<>();
        if (ids.isEmpty()) {
            return units;
        }
        entities.createQuery("select distinct i.artifactId, u.slug from LearningUnit u join u.items i"
                        + " where i.artifactId in :ids and u.publishAt <= :now order by u.slug", Object[].class)
                .setParameter("ids", ids).setParameter("now", clock.instant()).getResultList()
                .forEach(row -> units.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add((String) row[1]));
        return units;
    }

    private static HarvestRecord record(Artifact a, PublicArtifactView view, Map<Long, List<String>> units) {
        return new HarvestRecord(a.getObjectNumber(), a.getId(), a.getUpdatedAt(),
                a.getClassification() == null ? null : a.getClassification().getCode(),
                a.getStatus() != ArtifactStatus.PUBLISHED, view, units.getOrDefault(a.getId(), List.of()));
    }
}
