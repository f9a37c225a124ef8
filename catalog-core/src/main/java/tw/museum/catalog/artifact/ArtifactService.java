package tw.museum.catalog.artifact;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.agent.Agent;
import tw.museum.catalog.agent.AgentRepository;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;
import tw.museum.catalog.place.Place;
import tw.museum.catalog.place.PlaceRepository;
import tw.museum.catalog.vocabulary.Term;
import tw.museum.catalog.vocabulary.TermRepository;
import tw.museum.catalog.vocabulary.Vocabulary;

/** Cataloguing: creating, editing, publishing and withdrawing artifact records, with their audit trail. */
@Service
@Transactional
public class ArtifactService {

    public static final String AUDIT_TYPE = "artifact";
    /** Media changes are audited under the artifact's object number so they show in its history. */
    public static final String MEDIA_AUDIT_TYPE = "artifact-media";
    /**
     * Letters, digits, dots, underscores and hyphens, in segments that may be joined by single slashes
     * (legacy numbers such as CA13/3/23); at most 64 characters.
     */
    /** @see ObjectNumbers */
    public static final Pattern OBJECT_NUMBER = ObjectNumbers.PATTERN;
    private static final Set<String> ASPECTS = Set.of("height", "width", "depth", "length", "diameter", "thickness", "weight");
    private static final Set<String> UNITS = Set.of("mm", "cm", "m", "in", "g", "kg", "lb");

    private final ArtifactRepository artifacts;
    private final TermRepository terms;
    private final AgentRepository agents;
    private final PlaceRepository places;
    private final ArtifactViews views;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ArtifactService(ArtifactRepository artifacts, TermRepository terms, AgentRepository agents,
                           PlaceRepository places, ArtifactViews views, AuditLog audit, CurrentActor actor,
                           Clock clock, ApplicationEventPublisher events) {
        this.artifacts = artifacts;
        this.terms = terms;
        this.agents = agents;
        this.places = places;
        this.views = views;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ArtifactView get(String objectNumber) {
        return views.of(find(objectNumber));
    }

    /** A published record, or empty for anything the public may not see (drafts, withdrawn, unknown). */
    @Transactional(readOnly = true)
    public Optional<PublicArtifactView> findPublished(String objectNumber) {
        return artifacts.findByObjectNumber(objectNumber)
                .filter(a -> a.getStatus() == ArtifactStatus.PUBLISHED)
                .map(a -> PublicArtifactView.of(views.of(a)));
    }

    @Transactional(readOnly = true)
    public Page<ArtifactView> list(ArtifactFilter filter, Pageable pageable) {
        Page<Artifact> page = artifacts.findAll(ArtifactSpecifications.matching(filter), pageable);
        return new PageImpl<>(views.of(page.getContent()), pageable, page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public Page<PublicArtifactView> listPublished(ArtifactFilter filter, Pageable pageable) {
        return list(filter.withStatus(ArtifactStatus.PUBLISHED), pageable).map(PublicArtifactView::of);
    }

    @Transactional(readOnly = true)
    public boolean exists(String objectNumber) {
        return artifacts.existsByObjectNumber(objectNumber);
    }

    @Transactional(readOnly = true)
    public long count() {
        return artifacts.count();
    }

    @Transactional(readOnly = true)
    public long countByStatus(ArtifactStatus status) {
        return artifacts.countByStatus(status);
    }

    public ArtifactView create(ArtifactData data) {
        return create(data, ArtifactStatus.DRAFT);
    }

    /**
     * Creates a record directly in the given status (importers and the demo collection publish as they
     * create, in one step and one audit entry).
     */
    public ArtifactView create(ArtifactData data, ArtifactStatus initialStatus) {
        if (initialStatus == ArtifactStatus.DEACCESSIONED) {
            throw new IllegalArgumentException("only a deaccession decision makes a record DEACCESSIONED");
        }
        Checks checks = new Checks();
        // not stripped: a number with stray spaces is refused, never silently turned into another one
        String objectNumber = data.objectNumber();
        checks.require("objectNumber", objectNumber);
        if (objectNumber != null && !objectNumber.isEmpty()) {
            if (!OBJECT_NUMBER.matcher(objectNumber).matches()) {
                checks.add("objectNumber", "object-number-format");
            } else if (artifacts.existsByObjectNumber(objectNumber)) {
                checks.add("objectNumber", "duplicate", objectNumber);
            }
        }
        ResolvedReferences refs = resolve(data, checks);
        YearRange years = years(data, checks);
        checks.throwIfAny();
        Instant now = clock.instant();
        Artifact artifact = new Artifact(objectNumber, now, actor.name());
        artifact.apply(data, refs, years, now, actor.name());
        if (initialStatus != ArtifactStatus.DRAFT) {
            artifact.changeStatus(initialStatus, now, actor.name());
        }
        artifacts.saveAndFlush(artifact);
        ArtifactView after = ArtifactViews.of(artifact, List.of()); // a new record has no media yet
        audit.record(AUDIT_TYPE, objectNumber, AuditAction.CREATE, null, snapshot(after));
        events.publishEvent(new ArtifactChanged(objectNumber, artifact.getStatus()));
        return after;
    }

    public ArtifactView update(String objectNumber, ArtifactData data) {
        Artifact artifact = find(objectNumber);
        StaleVersionException.check(AUDIT_TYPE, objectNumber, data.version(), artifact.getVersion());
        Checks checks = new Checks();
        if (data.objectNumber() != null && !data.objectNumber().isBlank()
                && !data.objectNumber().strip().equals(objectNumber)) {
            checks.add("objectNumber", "immutable");
        }
        ResolvedReferences refs = resolve(data, checks);
        YearRange years = years(data, checks);
        checks.throwIfAny();
        ArtifactView before = views.of(artifact);
        artifact.apply(data, refs, years, clock.instant(), actor.name());
        artifacts.saveAndFlush(artifact);
        ArtifactView after = views.of(artifact);
        audit.record(AUDIT_TYPE, objectNumber, AuditAction.UPDATE, snapshot(before), snapshot(after));
        events.publishEvent(new ArtifactChanged(objectNumber, artifact.getStatus()));
        return after;
    }

    public ArtifactView publish(String objectNumber, Long version) {
        return changeStatus(objectNumber, version, ArtifactStatus.PUBLISHED, AuditAction.PUBLISH);
    }

    /** Takes a record off the public side; it stays in the catalogue and can be published again. */
    public ArtifactView withdraw(String objectNumber, Long version) {
        return changeStatus(objectNumber, version, ArtifactStatus.WITHDRAWN, AuditAction.WITHDRAW);
    }

    /**
     * Marks a record as having left the collection. Only the deaccession procedure calls this, once the
     * committee approved; the record is kept, leaves every public surface (harvesters see it deleted) and
     * can never be published or withdrawn again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ArtifactView deaccession(String objectNumber) {
        return changeStatus(objectNumber, null, ArtifactStatus.DEACCESSIONED, AuditAction.DEACCESSION);
    }

    /**
     * Takes a record back to draft (the undo of a publication that a batch edit made); like withdrawing, it
     * leaves the public side.
     */
    public ArtifactView returnToDraft(String objectNumber, Long version) {
        return changeStatus(objectNumber, version, ArtifactStatus.DRAFT, AuditAction.WITHDRAW);
    }

    /** The stored version of each of these records that exists, by object number (one query per thousand). */
    @Transactional(readOnly = true)
    public Map<String, Long> versions(Collection<String> objectNumbers) {
        Map<String, Long> versions = new HashMap<>();
        List<String> all = List.copyOf(objectNumbers);
        for (int from = 0; from < all.size(); from += 1000) {
            for (Object[] row : artifacts.versionsOf(all.subList(from, Math.min(all.size(), from + 1000)))) {
                versions.put((String) row[0], ((Number) row[1]).longValue());
            }
        }
        return versions;
    }

    /**
     * The object numbers of every record the filter matches, in object-number order, at most {@code max} + 1 (so a
     * caller can tell that there were more than it takes).
     */
    @Transactional(readOnly = true)
    public List<String> objectNumbers(ArtifactFilter filter, int max) {
        List<String> numbers = new ArrayList<>();
        Pageable page = PageRequest.of(0, 1000, Sort.by("objectNumber"));
        while (numbers.size() <= max) {
            Page<Artifact> found = artifacts.findAll(ArtifactSpecifications.matching(filter), page);
            found.forEach(a -> numbers.add(a.getObjectNumber()));
            if (!found.hasNext()) {
                break;
            }
            page = page.next();
        }
        return numbers.size() > max + 1 ? List.copyOf(numbers.subList(0, max + 1)) : numbers;
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> history(String objectNumber) {
        find(objectNumber);
        List<AuditRecord> records = new ArrayList<>(audit.history(AUDIT_TYPE, objectNumber));
        records.addAll(audit.history(MEDIA_AUDIT_TYPE, objectNumber));
        records.sort((a, b) -> b.at().compareTo(a.at()) != 0 ? b.at().compareTo(a.at()) : Long.compare(b.id(), a.id()));
        return records;
    }

    private ArtifactView changeStatus(String objectNumber, Long version, ArtifactStatus target, AuditAction action) {
        Artifact artifact = find(objectNumber);
        if (version != null) {
            StaleVersionException.check(AUDIT_TYPE, objectNumber, version, artifact.getVersion());
        }
        if (artifact.getStatus() == target) {
            return views.of(artifact);
        }
        if (artifact.getStatus() == ArtifactStatus.DEACCESSIONED) {
            new Checks().add("status", "deaccessioned", objectNumber).throwIfAny();
        }
        ArtifactView before = views.of(artifact);
        artifact.changeStatus(target, clock.instant(), actor.name());
        artifacts.saveAndFlush(artifact);
        ArtifactView after = views.of(artifact);
        audit.record(AUDIT_TYPE, objectNumber, action, snapshot(before), snapshot(after));
        events.publishEvent(new ArtifactChanged(objectNumber, target));
        return after;
    }

    /** The artifact entity, for other catalogue services (media, loans) that attach to it. */
    public Artifact find(String objectNumber) {
        if (objectNumber == null) {
            throw new RecordNotFoundException(AUDIT_TYPE, null);
        }
        return artifacts.findByObjectNumber(objectNumber)
                .orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, objectNumber));
    }

    private static ArtifactView snapshot(ArtifactView view) {
        return view.withMedia(null);
    }

    private ResolvedReferences resolve(ArtifactData data, Checks checks) {
        checks.require("title.zh", data.title().zh())
                .maxLength("title", data.title(), 1000)
                .maxLength("description", data.description(), 20000)
                .maxLength("inscription", data.inscription(), 4000)
                .maxLength("provenance", data.provenance(), 8000)
                .maxLength("creditLine", data.creditLine(), 1000)
                .maxLength("rightsStatement", data.rightsStatement(), 2000)
                .maxLength("restricted.storageLocation", data.restricted().storageLocation(), 500)
                .maxLength("restricted.internalNotes", data.restricted().internalNotes(), 8000);
        if (data.productionDate() != null) {
            checks.maxLength("productionDate.display", data.productionDate().display(), 200);
        }
        Term objectName = term(Vocabulary.OBJECT_NAME, data.objectName(), "objectName", checks);
        Term classification = term(Vocabulary.CLASSIFICATION, data.classification(), "classification", checks);
        Place place = null;
        if (data.productionPlaceId() != null) {
            place = places.findById(data.productionPlaceId()).orElse(null);
            if (place == null) {
                checks.add("productionPlaceId", "unknown-place", data.productionPlaceId());
            }
        }
        List<MakerCredit> makers = new ArrayList<>();
        for (int i = 0; i < data.makers().size(); i++) {
            MakerInput input = data.makers().get(i);
            String field = "makers[" + i + "]";
            Agent agent = input == null || input.agentId() == null ? null : agents.findById(input.agentId()).orElse(null);
            if (input == null || input.agentId() == null) {
                checks.add(field + ".agentId", "required");
            } else if (agent == null) {
                checks.add(field + ".agentId", "unknown-agent", input.agentId());
            } else {
                checks.maxLength(field + ".role", input.role(), 200);
                makers.add(new MakerCredit(agent, input.role()));
            }
        }
        List<TermLink> links = new ArrayList<>();
        for (TermField field : TermField.values()) {
            List<String> codes = data.terms(field);
            for (int i = 0; i < codes.size(); i++) {
                Term t = term(field.vocabulary(), codes.get(i), field.fieldName() + "[" + i + "]", checks);
                if (t != null) {
                    links.add(new TermLink(field, t));
                } else if (codes.get(i) == null || codes.get(i).isBlank()) {
                    checks.add(field.fieldName() + "[" + i + "]", "required");
                }
            }
        }
        checkDimensions(data, checks);
        checkLinks(data, checks);
        if (data.licence() != null && !data.licence().isBlank() && !isWebUrl(data.licence())) {
            checks.add("licence", "url-format");
        }
        return new ResolvedReferences(objectName, classification, place, makers, links);
    }

    private Term term(Vocabulary vocabulary, String code, String field, Checks checks) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Term term = terms.findByVocabularyAndCode(vocabulary, code.strip()).orElse(null);
        if (term == null) {
            checks.add(field, "unknown-term", code, vocabulary.slug());
        }
        return term;
    }

    private static void checkDimensions(ArtifactData data, Checks checks) {
        for (int i = 0; i < data.dimensions().size(); i++) {
            Dimension d = data.dimensions().get(i);
            String field = "dimensions[" + i + "]";
            if (d == null) {
                checks.add(field, "required");
                continue;
            }
            if (d.aspect() == null || !ASPECTS.contains(d.aspect())) {
                checks.add(field + ".aspect", "not-one-of", String.join(", ", ASPECTS.stream().sorted().toList()));
            }
            if (d.value() == null || d.value().signum() <= 0) {
                checks.add(field + ".value", "positive");
            }
            if (d.unit() == null || !UNITS.contains(d.unit())) {
                checks.add(field + ".unit", "not-one-of", String.join(", ", UNITS.stream().sorted().toList()));
            }
            checks.maxLength(field + ".part", d.part(), 200);
        }
    }

    private static void checkLinks(ArtifactData data, Checks checks) {
        for (int i = 0; i < data.links().size(); i++) {
            ExternalLink link = data.links().get(i);
            String field = "links[" + i + "]";
            if (link == null || link.url() == null || !isWebUrl(link.url())) {
                checks.add(field + ".url", "url-format");
            } else {
                checks.maxLength(field + ".url", link.url(), 2000).maxLength(field + ".label", link.label(), 500);
            }
        }
    }

    private YearRange years(ArtifactData data, Checks checks) {
        ProductionDate date = data.productionDate();
        if (date == null) {
            return null;
        }
        if (date.earliestYear() != null || date.latestYear() != null) {
            int earliest = date.earliestYear() != null ? date.earliestYear() : date.latestYear();
            int latest = date.latestYear() != null ? date.latestYear() : date.earliestYear();
            if (earliest > latest) {
                checks.add("productionDate.latestYear", "year-order");
                return null;
            }
            return new YearRange(earliest, latest);
        }
        if (date.display() == null) {
            return null;
        }
        return ProductionDateParser.parse(date.display().zh())
                .or(() -> ProductionDateParser.parse(date.display().en()))
                .orElse(null);
    }

    /** An absolute http(s) address with a host: what links and licences must be. */
    public static boolean isWebUrl(String s) {
        try {
            URI uri = URI.create(s.strip());
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
