package tw.museum.search.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.agent.AgentView;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.search.api.EntryType;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.Term;

/** People and organisations: name as title, biography as description, nationality as place, life dates as years. */
@Component
public class PersonEntries implements SearchEntrySource {
    private static final int PAGE = 500;

    private final AgentService agents;
    private final PublicUse publicUse;

    public PersonEntries(AgentService agents, PublicUse publicUse) {
        this.agents = agents;
        this.publicUse = publicUse;
    }

    @Override
    public EntryType type() {
        return EntryType.PERSON;
    }

    @Override
    public String recordType() {
        return ChangeFeed.AGENT;
    }

    @Override
    public Stream<SearchDocument> all() {
        return Paged.stream(page -> agents.list(null, PageRequest.of(page, PAGE, Sort.by("id")))).map(this::of);
    }

    @Override
    public Optional<SearchDocument> find(String key) {
        try {
            return Optional.of(of(agents.get(Long.parseLong(key))));
        } catch (RecordNotFoundException | NumberFormatException gone) {
            return Optional.empty();
        }
    }

    private SearchDocument of(AgentView a) {
        List<Term> places = a.nationality().isEmpty() ? List.of()
                : List.of(new Term("nationality-" + a.id(), a.nationality().zh(), a.nationality().en()));
        boolean shown = !a.retired() && publicUse.agent(a.id());
        return new SearchDocument(String.valueOf(a.id()), a.name().zh(), a.name().en(), null, null, List.of(), List.of(),
                List.of(), List.of(), places, a.biography().zh(), a.biography().en(), null, a.beginYear(), a.endYear(), false,
                shown ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT, null, null, null, EntryType.PERSON, null, List.of());
    }
}
