package tw.museum.importer.run;

import java.nio.file.Path;
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
import tw.museum.importer.source.SourceRecord;

/** Loads the authority file of people and organisations a mapping names, matched by external id. */
@Component
public class AgentLoader {

    private final AgentService agents;
    private final TransactionTemplate transaction;

    public AgentLoader(AgentService agents, TransactionTemplate transaction) {
        this.agents = agents;
        this.transaction = transaction;
    }

    /** @return how many agents were created; problems are counted into the summary */
    public int load(Path file, MappingSpec spec, boolean dryRun, ImportSummary summary) {
        MappingSpec.AgentsMapping m = spec.agents();
        int created = 0;
        try (SourceReader reader = new SourceReader(file, formatOf(file, spec), spec.encoding())) {
            while (reader.hasNext()) {
                SourceRecord record = reader.next();
                JsonNode r = record.record();
                String externalId = r == null ? null : RecordPaths.format(m.externalId(), r);
                if (externalId == null) {
                    summary.agentFailed();
                    continue;
                }
                String kind = RecordPaths.text(r, m.kind());
                AgentData data = new AgentData(
                        kind != null && kind.toLowerCase().matches("organi[sz]ation|機構|組織") ? AgentKind.ORGANIZATION : AgentKind.PERSON,
                        Bilingual.of(nameZh(r, m), RecordPaths.text(r, m.nameEn())),
                        RecordPaths.text(r, m.sortName()),
                        Bilingual.of(RecordPaths.text(r, m.biographyZh()), RecordPaths.text(r, m.biographyEn())),
                        Bilingual.of(RecordPaths.text(r, m.nationalityZh()), RecordPaths.text(r, m.nationalityEn())),
                        year(r, m.beginYear()), year(r, m.endYear()), externalId, null);
                try {
                    Boolean isNew = transaction.execute(status -> {
                        if (dryRun) {
                            status.setRollbackOnly();
                        }
                        var existing = agents.findByExternalId(externalId);
                        if (existing.isPresent()) {
                            AgentView current = existing.get();
                            if (!same(current, data)) {
                                agents.update(current.id(), withVersion(data, current.version()));
                            }
                            return false;
                        }
                        agents.create(data);
                        return true;
                    });
                    created += Boolean.TRUE.equals(isNew) ? 1 : 0;
                } catch (InvalidRecordException e) {
                    summary.agentFailed();
                }
            }
        }
        return created;
    }

    /** Chinese is required: a person known only by an English name keeps it as the Chinese label too. */
    private static String nameZh(JsonNode r, MappingSpec.AgentsMapping m) {
        String zh = RecordPaths.text(r, m.nameZh());
        return zh != null ? zh : RecordPaths.text(r, m.nameEn());
    }

    private static boolean same(AgentView v, AgentData d) {
        return v.kind() == d.kind() && v.name().equals(d.name()) && Objects.equals(v.sortName(), d.sortName())
                && v.biography().equals(d.biography()) && v.nationality().equals(d.nationality())
                && Objects.equals(v.beginYear(), d.beginYear()) && Objects.equals(v.endYear(), d.endYear());
    }

    private static AgentData withVersion(AgentData d, long version) {
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
