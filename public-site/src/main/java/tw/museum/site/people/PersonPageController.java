package tw.museum.site.people;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.agent.AgentView;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.search.api.Facet;
import tw.museum.site.collection.ObjectLists;
import tw.museum.site.collection.PageMeta;
import tw.museum.site.i18n.BilingualText;

/**
 * A person or organisation and the published objects they made. The authority file holds nothing
 * restricted, but someone known only from drafts gets no page: it would tell of unpublished records.
 */
@Controller
public class PersonPageController {

    private final AgentService agents;
    private final ObjectLists lists;
    private final BilingualText bi;

    public PersonPageController(AgentService agents, ObjectLists lists, BilingualText bi) {
        this.agents = agents;
        this.lists = lists;
        this.bi = bi;
    }

    @GetMapping("/people/{agentId}")
    public String person(@PathVariable String agentId, HttpServletRequest request, Model model) {
        long id;
        try {
            id = Long.parseLong(agentId);
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException("agent", agentId);
        }
        AgentView agent = agents.get(id);
        ObjectLists.Listing listing = lists.list(Facet.MAKER, String.valueOf(id), request.getParameter("page"));
        model.addAttribute("agent", agent);
        model.addAttribute("listing", listing);
        String about = agent.biography().isEmpty() ? bi.text(agent.name()) : bi.text(agent.biography());
        model.addAttribute("meta", PageMeta.website(about));
        return "public/person";
    }
}
