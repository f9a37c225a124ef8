package tw.museum.importer.run;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.agent.AgentData;
import tw.museum.catalog.agent.AgentKind;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.agent.AgentView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.importer.mapping.MappingSpec;
import tw.museum.importer.mapping.RecordPaths;
import tw.museum.importer.source.SourceReader;

/** Loads the authority file of people and organisations a mapping names, matched by external id. */
@Component
public class AgentLoader implements AgentFileLoader {

    private static final int CHUNK = 200;

    private final AgentService agents;
    private final TransactionTemplate transaction;
    private final Authorities authorities;
    private final EntityManager entities;

    public AgentLoader(AgentService agents, TransactionTemplate transaction, Authorities authorities,
                       EntityManager entities) {
        this.agents = agents;
        this.transaction = transaction;
        this.authorities = authorities;
        this.entities = entities;
    }

    /** @return how many agents were created; problems are counted into the summary */
    @Override
    public int load(Path file, MappingSpec spec, boolean dryRun, ImportSummary summary) {
        int[] created = {0};
        List<AgentData> chunk = new ArrayList<>();
        read(file, spec, data -> {
            chunk.add(data);
            if (chunk.size() == CHUNK) {
                created[0] += write(chunk, dryRun, summary);
                chunk.clear();
            }
        }, summary::agentFailed);
        created[0] += write(chunk, dryRun, summary);
        return created[0];
    }

    /** Streams the authority file a mapping names: each person or organisation, or {@code bad} for one without an id. */
    public static void read(Path file, MappingSpec spec, Consumer<AgentData> each, Runnable bad) {
        MappingSpec.AgentsMapping m = spec.agents();
        try (SourceReader reader = new SourceReader(file, formatOf(file, spec), spec.encoding())) {
            while (reader.hasNext()) {
                JsonNode r = reader.next().record();
                String externalId = r == null ? null : RecordPaths.format(m.externalId(), r);
                if (externalId == null) {
                    bad.run();
                    continue;
                }
                String kind = RecordPaths.text(r, m.kind());
                each.accept(new AgentData(
                        kind != null && kind.toLowerCase().matches("organi[sz]ation|機構|組織") ? AgentKind.ORGANIZATION : AgentKind.PERSON,
                        Bilingual.of(nameZh(r, m), RecordPaths.text(r, m.nameEn())),
                        RecordPaths.text(r, m.sortName()),
                        Bilingual.of(RecordPaths.text(r, m.biographyZh()), RecordPaths.text(r, m.biographyEn())),
                        Bilingual.of(RecordPaths.text(r, m.nationalityZh()), RecordPaths.text(r, m.nationalityEn())),
                        year(r, m.beginYear()), year(r, m.endYear()), externalId, null));
            }
        }
    }

    /**
     * Writes agents, many per transaction (a commit per person would make the authority file the slow part of
     * an import); if one fails, the chunk is redone one agent per transaction so only that one is lost.
     */
    private int write(List<AgentData> chunk, boolean dryRun, ImportSummary summary) {
        if (chunk.isEmpty()) {
            return 0;
        }
        try {
            List<long[]> written = transaction.execute(status -> {
                if (dryRun) {
                    status.setRollbackOnly();
                }
                List<long[]> out = new ArrayList<>();
                for (AgentData data : chunk) {
                    out.add(upsert(data));
                    entities.flush(); // and let go: a growing persistence context makes every flush slower
                    entities.clear();
                }
                return out;
            });
            int created = 0;
            for (int i = 0; i < chunk.size(); i++) {
                created += (int) written.get(i)[1];
                if (!dryRun) {
                    authorities.remember(chunk.get(i).externalId(), written.get(i)[0]); // records find makers without a query
                }
            }
            return created;
        } catch (RuntimeException e) {
            if (chunk.size() == 1) {
                if (e instanceof InvalidRecordException) {
                    summary.agentFailed();
                    return 0;
                }
                throw e;
            }
            int created = 0;
            for (AgentData data : chunk) {
                created += write(new ArrayList<>(List.of(data)), dryRun, summary);
            }
            return created;
        }
    }

    /** @return the agent's id, and 1 if it was created */
    private long[] upsert(AgentData data) {
        var existing = agents.findByExternalId(data.externalId());
        if (existing.isPresent()) {
            AgentView current = existing.get();
            if (!same(current, data)) {
                agents.update(current.id(), withVersion(data, current.version()));
            }
            return new long[] {current.id(), 0};
        }
        return new long[] {agents.create(data).id(), 1};
    }

    /** Chinese is required: a person known only by an English name keeps it as the Chinese label too. */
    private static String nameZh(JsonNode r, MappingSpec.AgentsMapping m) {
        String zh = RecordPaths.text(r, m.nameZh());
        return zh != null ? zh : RecordPaths.text(r, m.nameEn());
    }

    public static boolean same(AgentView v, AgentData d) {
        return v.kind() == d.kind() && v.name().equals(d.name()) && Objects.equals(v.sortName(), d.sortName())
                && v.biography().equals(d.biography()) && v.nationality().equals(d.nationality())
                && Objects.equals(v.beginYear(), d.beginYear()) && Objects.equals(v.endYear(), d.endYear());
    }

    public static AgentData withVersion(AgentData d, long version) {
        return new AgentData(d.kind(), d.name(), d.sortName(), d.biography(), d.nationality(), d.beginYear(),
                d.endYear(), d.externalId(), version);
    }

    private static Integer year(JsonNode r, String path) {
        String text = RecordPaths.text(r, path);
        if (text == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(text);
            return year == 0 ? null : year;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String formatOf(Path file, MappingSpec spec) {
        String name = file.getFileName().toString().replaceFirst("\\.gz$", "");
        if (name.endsWith(".csv")) {
            return "csv";
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return "jsonl";
        }
        if (name.endsWith(".json")) {
            return "json";
        }
        return spec.format();
    }
}
