package tw.museum.importer.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tw.museum.catalog.agent.AgentData;
import tw.museum.catalog.agent.AgentKind;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.place.PlaceData;
import tw.museum.catalog.place.PlaceRepository;
import tw.museum.catalog.place.PlaceService;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.importer.mapping.MakerReference;
import tw.museum.importer.mapping.TermLabel;

/**
 * Terms, makers and places that records name, matched or created. In a real run the reading thread
 * resolves those of each batch, in file order, in one transaction of their own ({@link #preparing}) before
 * the batch goes to a writer, so the two writers never race to create the same term, a batch that fails
 * does not take a term the next batch relies on with it, and the labels a new term gets do not depend on
 * thread timing. In a dry run nothing may be committed: they are created inside the record's transaction
 * (rolled back) and not remembered.
 */
@Component
public class Authorities implements AuthoritySource {

    private final TermService terms;
    private final AgentService agents;
    private final PlaceService places;
    private final PlaceRepository placeRecords;
    private final TransactionTemplate ownTransaction;
    private final Map<String, String> knownTerms = new ConcurrentHashMap<>();
    private final Map<String, Long> knownAgents = new ConcurrentHashMap<>();
    private final Map<String, Long> knownPlaces = new ConcurrentHashMap<>();
    /** The batch the reading thread is preparing, if this thread is it (see {@link #preparing}). */
    private final ThreadLocal<Preparation> current = new ThreadLocal<>();

    public Authorities(TermService terms, AgentService agents, PlaceService places, PlaceRepository placeRecords,
                       PlatformTransactionManager transactions) {
        this.terms = terms;
        this.agents = agents;
        this.places = places;
        this.placeRecords = placeRecords;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The term's code; the term is created when the vocabulary has no such code. */
    @Override
    public String term(Vocabulary vocabulary, TermLabel label, boolean dryRun) {
        String code = label.code() != null ? label.code()
                : tw.museum.catalog.vocabulary.TermCodes.fromLabel(label.en() != null ? label.en() : label.zh());
        String key = vocabulary + "/" + code;
        if (knownTerms.containsKey(key)) {
            return code;
        }
        return ensure(dryRun, "term/" + key, () -> {
            if (terms.lookup(vocabulary, code).isEmpty()) {
                terms.create(vocabulary, new TermData(code,
                        Bilingual.of(label.zh() != null ? label.zh() : label.en(), label.en()), null, null, null));
            }
            return code;
        }, value -> knownTerms.put(key, value));
    }

    /** The maker's authority id: found by external id, or created from the name the source gives. */
    /** An authority record the agent file just loaded (committed). */
    void remember(String externalId, long agentId) {
        knownAgents.put(externalId, agentId);
    }

    @Override
    public long agent(MakerReference maker, int index, boolean dryRun) {
        Long known = knownAgents.get(maker.externalId());
        if (known != null) {
            return known;
        }
        return ensure(dryRun, "agent/" + maker.externalId(), () -> agents.findByExternalId(maker.externalId()).map(a -> a.id()).orElseGet(() -> {
            if (maker.name() == null) {
                throw new InvalidRecordException(
                        FieldProblem.of("makers[" + index + "].externalId", "unknown-agent", maker.externalId()));
            }
            Bilingual name = Bilingual.of(maker.name().zh() != null ? maker.name().zh() : maker.name().en(), maker.name().en());
            return agents.create(new AgentData(AgentKind.PERSON, name, null, null, null, null, null,
                    maker.externalId(), null)).id();
        }), value -> knownAgents.put(maker.externalId(), value));
    }

    /** A place matched by its Chinese name, or created. */
    @Override
    public long place(Bilingual name, boolean dryRun) {
        Long known = knownPlaces.get(name.zh());
        if (known != null) {
            return known;
        }
        return ensure(dryRun, "place/" + name.zh(), () -> placeRecords.findFirstByNameZh(name.zh()).map(p -> p.getId())
                        .orElseGet(() -> places.create(new PlaceData(name, null, null, null, null)).id()),
                value -> knownPlaces.put(name.zh(), value));
    }

    /**
     * Runs {@code work} (the reading thread resolving a batch's terms, makers and places) in one transaction:
     * what it creates is committed together and remembered only once committed.
     */
    public void preparing(Runnable work) {
        Preparation preparation = new Preparation(new HashMap<>(), new ArrayList<>());
        current.set(preparation);
        try {
            ownTransaction.executeWithoutResult(status -> work.run());
        } finally {
            current.remove();
        }
        preparation.remember().forEach(Runnable::run);
    }

    private record Preparation(Map<String, Object> values, List<Runnable> remember) {
    }

    @SuppressWarnings("unchecked")
    private <T> T ensure(boolean dryRun, String key, Supplier<T> find, Consumer<T> remember) {
        if (dryRun) {
            return find.get(); // inside the record's transaction, which is rolled back
        }
        Preparation preparation = current.get();
        if (preparation != null) {
            if (preparation.values().containsKey(key)) {
                return (T) preparation.values().get(key);
            }
            T value = find.get(); // in the batch's preparation transaction
            preparation.values().put(key, value);
            preparation.remember().add(() -> remember.accept(value));
            return value;
        }
        synchronized (this) {
            T value = ownTransaction.execute(status -> find.get());
            remember.accept(value);
            return value;
        }
    }
}
