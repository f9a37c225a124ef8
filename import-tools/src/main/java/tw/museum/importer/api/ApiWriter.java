package tw.museum.importer.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.importer.mapping.MappedArtifact;
import tw.museum.importer.run.Outcome;
import tw.museum.importer.run.RecordData;
import tw.museum.importer.run.RecordWriter;
import tw.museum.importer.run.Result;

/**
 * Imports through a running museum's REST API instead of its database: the museum applies its own
 * rules, audit trail and change feed, and the importer needs no database access (a museum in the cloud,
 * a PostgreSQL the operator cannot reach). Upsert by object number as in a direct import: GET, then
 * POST a new record or PUT a changed one with the version it was read at (a concurrent edit is refused,
 * not overwritten). Each record is its own request, so batches only group the work.
 */
public final class ApiWriter implements RecordWriter {

    private final MuseumApi api;
    private final RecordData records;

    public ApiWriter(String baseUrl, String user, String password) {
        this.api = new MuseumApi(baseUrl, user, password);
        this.records = new RecordData(new ApiAuthorities(api));
    }

    public MuseumApi api() {
        return api;
    }

    @Override
    public List<List<tw.museum.catalog.common.FieldProblem>> prepare(List<MappedArtifact> batch) {
        List<List<tw.museum.catalog.common.FieldProblem>> problems = new ArrayList<>();
        for (MappedArtifact record : batch) {
            try {
                records.prepare(record);
                problems.add(List.of());
            } catch (InvalidRecordException e) {
                problems.add(e.problems());
            }
        }
        return problems;
    }

    @Override
    public List<Result> write(List<MappedArtifact> batch, boolean publish, boolean dryRun) {
        List<Result> results = new ArrayList<>();
        for (MappedArtifact record : batch) {
            try {
                results.add(Result.of(upsert(record, publish, dryRun)));
            } catch (InvalidRecordException e) {
                results.add(Result.failed(e.problems()));
            }
        }
        return results;
    }

    private Outcome upsert(MappedArtifact record, boolean publish, boolean dryRun) {
        String path = "/artifacts/" + MuseumApi.segment(record.objectNumber());
        Optional<JsonNode> found = api.get(path);
        if (found.isEmpty()) {
            ArtifactData data = records.data(record, null, dryRun);
            if (!dryRun) {
                api.post("/artifacts", data);
                if (publish) {
                    api.postEmpty(path + "/publish");
                }
            }
            return Outcome.CREATED;
        }
        ArtifactView before = api.json.treeToValue(found.get(), ArtifactView.class);
        ArtifactData wanted = records.data(record, before, dryRun);
        Outcome outcome = Outcome.UNCHANGED;
        if (!RecordData.same(ArtifactData.of(before), wanted)) {
            if (!dryRun) {
                api.put(path, wanted);
            }
            outcome = Outcome.UPDATED;
        }
        if (publish && before.status() != ArtifactStatus.PUBLISHED) {
            if (!dryRun) {
                api.postEmpty(path + "/publish");
            }
            outcome = Outcome.UPDATED;
        }
        return outcome;
    }
}
