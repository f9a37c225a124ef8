package tw.museum.site.staff.artifact;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import tw.museum.catalog.agent.AgentService;
import tw.museum.catalog.agent.AgentView;
import tw.museum.catalog.place.PlaceService;
import tw.museum.catalog.place.PlaceView;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.catalog.vocabulary.Vocabulary;

/**
 * What the artifact form offers in its pickers: vocabulary terms (retired ones only where a record
 * already uses them), people and organisations, places, and the measurement aspects and units.
 */
@Component
public class ArtifactChoices {

    /** Mirrors the aspects and units the catalogue accepts (ArtifactService). */
    public static final List<String> ASPECTS = List.of("height", "width", "depth", "length", "diameter", "thickness", "weight");
    public static final List<String> UNITS = List.of("mm", "cm", "m", "in", "g", "kg", "lb");
    /** Pickers without script list the authorities in full, up to this many. */
    static final int MAX_AUTHORITIES = 2000;

    private final TermService terms;
    private final AgentService agents;
    private final PlaceService places;

    public ArtifactChoices(TermService terms, AgentService agents, PlaceService places) {
        this.terms = terms;
        this.agents = agents;
        this.places = places;
    }

    public record Options(List<TermView> objectNames, List<TermView> classifications, List<TermView> materials,
                          List<TermView> techniques, List<TermView> subjects, List<AgentView> agents,
                          List<PlaceView> places, List<String> aspects, List<String> units) {
    }

    public Options forForm(ArtifactForm form) {
        return new Options(
                offered(Vocabulary.OBJECT_NAME, single(form.getObjectName())),
                offered(Vocabulary.CLASSIFICATION, single(form.getClassification())),
                offered(Vocabulary.MATERIAL, form.getMaterials()),
                offered(Vocabulary.TECHNIQUE, form.getTechniques()),
                offered(Vocabulary.SUBJECT, form.getSubjects()),
                agents.list(null, PageRequest.of(0, MAX_AUTHORITIES, Sort.by("sortName", "nameZh", "id"))).getContent(),
                places.list(null, PageRequest.of(0, MAX_AUTHORITIES, Sort.by("nameZh", "id"))).getContent(),
                ASPECTS, UNITS);
    }

    /** Terms of a vocabulary for filters (all of them, retired included). */
    public List<TermView> all(Vocabulary vocabulary) {
        return terms.list(vocabulary);
    }

    private List<TermView> offered(Vocabulary vocabulary, Collection<String> selected) {
        Set<String> keep = selected == null ? Set.of() : selected.stream().filter(s -> s != null).collect(Collectors.toSet());
        return terms.list(vocabulary).stream().filter(t -> !t.retired() || keep.contains(t.code())).toList();
    }

    private static List<String> single(String code) {
        return Stream.ofNullable(code).toList();
    }
}
