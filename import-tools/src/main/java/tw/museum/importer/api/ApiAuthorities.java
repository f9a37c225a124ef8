package tw.museum.importer.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tw.museum.catalog.agent.AgentData;
import tw.museum.catalog.agent.AgentKind;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.place.PlaceData;
import tw.museum.catalog.vocabulary.TermCodes;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.importer.mapping.MakerReference;
import tw.museum.importer.mapping.TermLabel;
import tw.museum.importer.run.AuthoritySource;

/**
 * Terms, makers and places matched or created through the museum's API. Creation is serialised (one at a
 * time, remembered), so the two writers never create the same term twice. In a dry run nothing is created:
 * a missing one is reported as it would be made.
 */
final class ApiAuthorities implements AuthoritySource {

    private final MuseumApi api;
    private final Map<String, Object> known = new ConcurrentHashMap<>();

    ApiAuthorities(MuseumApi api) {
        this.api = api;
    }

    @Override
    public String term(Vocabulary vocabulary, TermLabel label, boolean dryRun) {
        String code = label.code() != null ? label.code() : TermCodes.fromLabel(label.en() != null ? label.en() : label.zh());
        String key = "term/" + vocabulary.slug() + "/" + code;
        if (known.containsKey(key)) {
            return code;
        }
        synchronized (this) {
            String path = "/vocabularies/" + vocabulary.slug() + "/terms";
            if (api.get(path + "/" + MuseumApi.segment(code)).isEmpty() && !dryRun) {
                api.post(path, new TermData(code, Bilingual.of(label.zh() != null ? label.zh() : label.en(), label.en()),
                        null, null, null));
            }
            known.put(key, code);
        }
        return code;
    }

    @Override
    public long agent(MakerReference maker, int index, boolean dryRun) {
        String key = "agent/" + maker.externalId();
        Object id = known.get(key);
        if (id != null) {
            return (Long) id;
        }
        synchronized (this) {
            JsonNode page = api.get("/agents?externalId=" + MuseumApi.query(maker.externalId())).orElseThrow();
            JsonNode items = page.path("items");
            long found;
            if (items.isArray() && !items.isEmpty()) {
                found = items.get(0).path("id").asLong();
            } else if (maker.name() == null) {
                throw new InvalidRecordException(
                        FieldProblem.of("makers[" + index + "].externalId", "unknown-agent", maker.externalId()));
            } else if (dryRun) {
                return -1;
            } else {
                Bilingual name = Bilingual.of(maker.name().zh() != null ? maker.name().zh() : maker.name().en(), maker.name().en());
                found = api.post("/agents", new AgentData(AgentKind.PERSON, name, null, null, null, null, null,
                        maker.externalId(), null)).path("id").asLong();
            }
            known.put(key, found);
            return found;
        }
    }

    @Override
    public long place(Bilingual name, boolean dryRun) {
        String key = "place/" + name.zh();
        Object id = known.get(key);
        if (id != null) {
            return (Long) id;
        }
        synchronized (this) {
            JsonNode page = api.get("/places?q=" + MuseumApi.query(name.zh()) + "&pageSize=100").orElseThrow();
            for (JsonNode place : page.path("items")) {
                if (name.zh().equals(place.path("name").path("zh").asString(null))) {
                    known.put(key, place.path("id").asLong());
                    return place.path("id").asLong();
                }
            }
            if (dryRun) {
                return -1;
            }
            long created = api.post("/places", new PlaceData(name, null, null, null, null)).path("id").asLong();
            known.put(key, created);
            return created;
        }
    }
}
