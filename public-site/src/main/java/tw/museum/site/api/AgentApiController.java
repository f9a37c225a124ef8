package tw.museum.site.api;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.museum.site.security.CataloguersOnly;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.agent.AgentData;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.agent.AgentView;

/** People and organisations. The authority file is public; changes are for cataloguing staff. */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/agents", produces = MediaType.APPLICATION_JSON_VALUE)
public class AgentApiController {

    private static final Set<String> SORTABLE = Set.of("sortName", "nameZh", "nameEn", "updatedAt");

    private final AgentService agents;

    public AgentApiController(AgentService agents) {
        this.agents = agents;
    }

    @GetMapping
    public PageResponse<AgentView> list(@RequestParam(required = false) String q,
                                        @RequestParam(required = false) String externalId,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(required = false) Integer pageSize,
                                        @RequestParam(required = false) Integer size,
                                        @RequestParam(required = false) String sort) {
        if (externalId != null) {
            // the importer matches makers by the id they have in the source (mplus:378, lido:...)
            List<AgentView> found = agents.findByExternalId(externalId).stream().toList();
            return PageResponse.of(new PageImpl<>(found, PageRequest.of(0, Math.max(1, found.size())), found.size()));
        }
        return PageResponse.of(agents.list(q, Paging.of(page, Paging.pageSize(pageSize, size), sort, SORTABLE, Sort.by("sortName", "id"))));
    }

    @GetMapping("/{id}")
    public AgentView get(@PathVariable long id) {
        return agents.get(id);
    }

    @CataloguersOnly
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<AgentView> create(@RequestBody AgentData data) {
        AgentView created = agents.create(data);
        return ResponseEntity.created(URI.create("/api/v1/agents/" + created.id())).body(created);
    }

    @CataloguersOnly
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public AgentView update(@PathVariable long id, @RequestBody AgentData data) {
        return agents.update(id, data);
    }

    @CataloguersOnly
    @PostMapping("/{id}/retire")
    public AgentView retire(@PathVariable long id) {
        return agents.retire(id);
    }
}
