package tw.museum.importer.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.artifact.MakerInput;
import tw.museum.catalog.artifact.ProductionDate;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.vocabulary.TermCodes;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.importer.mapping.MakerReference;
import tw.museum.importer.mapping.MappedArtifact;
import tw.museum.importer.mapping.TermLabel;

/**
 * Writes one mapped record into the catalogue, in a transaction of its own: upsert by object number,
 * terms matched or created, makers found by their external id. A record that would not change anything
 * is rolled back, so its version and audit trail stay as they were; in a dry run every record is rolled
 * back after all the catalogue's checks have run.
 */
@Component
public class CatalogWriter {

    private final ArtifactService artifacts;
    private final TermService terms;
    private final AgentService agents;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    /** Codes of terms known to exist (committed), so each is looked up once per run. */
    private final Map<String, String> knownTerms = new HashMap<>();
    /** Terms created by the record being written, known only once its transaction commits. */
    private final Map<String, String> createdTerms = new HashMap<>();

    public CatalogWriter(ArtifactService artifacts, TermService terms, AgentService agents,
                         TransactionTemplate transaction, ObjectMapper json) {
        this.artifacts = artifacts;
        this.terms = terms;
        this.agents = agents;
        this.transaction = transaction;
        this.json = json;
    }

    public Outcome upsert(MappedArtifact record, boolean publish, boolean dryRun) {
        createdTerms.clear();
        Outcome result = transaction.execute(status -> {
            Outcome outcome;
            ArtifactView after;
            if (!artifacts.exists(record.objectNumber())) {
                after = artifacts.create(data(record, null), publish ? ArtifactStatus.PUBLISHED : ArtifactStatus.DRAFT);
                outcome = Outcome.CREATED;
            } else {
                ArtifactView before = artifacts.get(record.objectNumber());
                after = artifacts.update(record.objectNumber(), data(record, before.version()));
                outcome = sameContent(before, after) ? Outcome.UNCHANGED : Outcome.UPDATED;
            }
            if (publish && after.status() != ArtifactStatus.PUBLISHED) {
                artifacts.publish(record.objectNumber(), null);
                if (outcome == Outcome.UNCHANGED) {
                    outcome = Outcome.UPDATED;
                }
            }
            if (dryRun || outcome == Outcome.UNCHANGED) {
                status.setRollbackOnly();
            }
            return outcome;
        });
        if (!dryRun && result != Outcome.UNCHANGED) {
            // terms created in a transaction that rolled back (a failed record) do not exist: remember only committed ones
            knownTerms.putAll(createdTerms);
        }
        return result;
    }

    private ArtifactData data(MappedArtifact r, Long version) {
        Checks checks = new Checks();
        Integer earliest = year(r, "productionDate.earliestYear", checks);
        Integer latest = year(r, "productionDate.latestYear", checks);
        checks.throwIfAny();
        List<MakerInput> makers = new ArrayList<>();
        for (int i = 0; i < r.makers().size(); i++) {
            MakerReference maker = r.makers().get(i);
            int index = i;
            long agentId = agents.findByExternalId(maker.externalId())
                    .orElseThrow(() -> new InvalidRecordException(
                            FieldProblem.of("makers[" + index + "].externalId", "unknown-agent", maker.externalId())))
                    .id();
            makers.add(new MakerInput(agentId, maker.role()));
        }
        return new ArtifactData(
                r.objectNumber(),
                bilingual(r, "title"),
                first(term(r, "objectName", Vocabulary.OBJECT_NAME)),
                first(term(r, "classification", Vocabulary.CLASSIFICATION)),
                bilingual(r, "description"),
                new ProductionDate(bilingual(r, "productionDate.display"), earliest, latest),
                null,
                makers,
                term(r, "materials", Vocabulary.MATERIAL),
                term(r, "techniques", Vocabulary.TECHNIQUE),
                term(r, "subjects", Vocabulary.SUBJECT),
                List.of(),
                bilingual(r, "inscription"),
                bilingual(r, "provenance"),
                bilingual(r, "creditLine"),
                r.value("licence"),
                bilingual(r, "rightsStatement"),
                List.of(),
                null,
                version);
    }

    private List<String> term(MappedArtifact r, String field, Vocabulary vocabulary) {
        List<TermLabel> labels = r.terms().getOrDefault(field, List.of());
        List<String> codes = new ArrayList<>();
        for (TermLabel label : labels) {
            String code = TermCodes.fromLabel(label.en() != null ? label.en() : label.zh());
            String key = vocabulary + "/" + code;
            if (!knownTerms.containsKey(key)) {
                if (terms.lookup(vocabulary, code).isEmpty()) {
                    if (!createdTerms.containsKey(key)) {
                        terms.create(vocabulary, new TermData(code,
                                Bilingual.of(label.zh() != null ? label.zh() : label.en(), label.en()), null, null, null));
                        createdTerms.put(key, code);
                    }
                } else {
                    knownTerms.put(key, code);
                }
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static String first(List<String> codes) {
        return codes.isEmpty() ? null : codes.get(0);
    }

    private static Bilingual bilingual(MappedArtifact r, String field) {
        return Bilingual.of(r.value(field + ".zh"), r.value(field + ".en"));
    }

    /** Years arrive as text; 0 and blanks mean unknown (as in M+ data). */
    private static Integer year(MappedArtifact r, String field, Checks checks) {
        String value = r.value(field);
        if (value == null) {
            return null;
        }
        try {
            int year = new BigDecimal(value).intValueExact();
            return year == 0 ? null : year;
        } catch (NumberFormatException | ArithmeticException e) {
            checks.add(field, "wrong-type");
            return null;
        }
    }

    private boolean sameContent(ArtifactView before, ArtifactView after) {
        return comparable(before).equals(comparable(after));
    }

    private ObjectNode comparable(ArtifactView view) {
        ObjectNode node = json.valueToTree(view);
        node.remove(List.of("version", "updatedAt", "updatedBy", "media"));
        return node;
    }
}
