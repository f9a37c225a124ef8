package tw.museum.importer.api;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.agent.AgentData;
import tw.museum.catalog.agent.AgentView;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.importer.mapping.MappingSpec;
import tw.museum.importer.run.AgentFileLoader;
import tw.museum.importer.run.AgentLoader;
import tw.museum.importer.run.ImportSummary;

/**
 * The authority file through the museum's API: each person or organisation found by external id
 * ({@code GET /api/v1/agents?externalId=}), created, or updated when it differs. A dry run only reads.
 */
public final class ApiAgentLoader implements AgentFileLoader {

    private final MuseumApi api;

    public ApiAgentLoader(MuseumApi api) {
        this.api = api;
    }

    @Override
    public int load(Path file, MappingSpec spec, boolean dryRun, ImportSummary summary) {
        int[] created = {0};
        AgentLoader.read(file, spec, data -> {
            try {
                created[0] += upsert(data, dryRun) ? 1 : 0;
            } catch (InvalidRecordException e) {
                summary.agentFailed();
            }
        }, summary::agentFailed);
        return created[0];
    }

    private boolean upsert(AgentData data, boolean dryRun) {
        JsonNode items = api.get("/agents?externalId=" + MuseumApi.query(data.externalId())).orElseThrow().path("items");
        if (items.isArray() && !items.isEmpty()) {
            AgentView current = api.json.treeToValue(items.get(0), AgentView.class);
            if (!dryRun && !AgentLoader.same(current, data)) {
                api.put("/agents/" + current.id(), AgentLoader.withVersion(data, current.version()));
            }
            return false;
        }
        if (!dryRun) {
            api.post("/agents", data);
        }
        return true;
    }
}
