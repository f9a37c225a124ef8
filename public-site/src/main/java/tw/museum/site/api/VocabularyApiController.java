package tw.museum.site.api;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.museum.site.security.CataloguersOnly;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.vocabulary.TermData;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.catalog.vocabulary.Vocabulary;

/** Controlled vocabularies and their terms, addressed as /vocabularies/{vocabulary}/terms/{code}. */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/vocabularies", produces = MediaType.APPLICATION_JSON_VALUE)
public class VocabularyApiController {

    private final TermService terms;

    public VocabularyApiController(TermService terms) {
        this.terms = terms;
    }

    @GetMapping
    public List<String> vocabularies() {
        return Arrays.stream(Vocabulary.values()).map(Vocabulary::slug).toList();
    }

    @GetMapping("/{vocabulary}/terms")
    public List<TermView> list(@PathVariable String vocabulary) {
        return terms.list(vocabulary(vocabulary));
    }

    @GetMapping("/{vocabulary}/terms/{code}")
    public TermView get(@PathVariable String vocabulary, @PathVariable String code) {
        return terms.get(vocabulary(vocabulary), code);
    }

    @CataloguersOnly
    @PostMapping(path = "/{vocabulary}/terms", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<TermView> create(@PathVariable String vocabulary, @RequestBody TermData data) {
        Vocabulary v = vocabulary(vocabulary);
        TermView created = terms.create(v, data);
        return ResponseEntity.created(URI.create("/api/v1/vocabularies/" + v.slug() + "/terms/" + created.code()))
                .body(created);
    }

    @CataloguersOnly
    @PutMapping(path = "/{vocabulary}/terms/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public TermView update(@PathVariable String vocabulary, @PathVariable String code, @RequestBody TermData data) {
        return terms.update(vocabulary(vocabulary), code, data);
    }

    @CataloguersOnly
    @PostMapping("/{vocabulary}/terms/{code}/retire")
    public TermView retire(@PathVariable String vocabulary, @PathVariable String code) {
        return terms.retire(vocabulary(vocabulary), code);
    }

    private static Vocabulary vocabulary(String slug) {
        return Vocabulary.fromSlug(slug).orElseThrow(() -> new RecordNotFoundException("vocabulary", slug));
    }
}
