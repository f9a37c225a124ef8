package tw.museum.catalog.vocabulary;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.change.ChangeFeed;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;

/** Creates, changes, retires and looks up vocabulary terms. */
@Service
@Transactional
public class TermService {

    static final String AUDIT_TYPE = "term";
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private final TermRepository terms;
    private final AuditLog audit;
    private final ChangeFeed feed;

    public TermService(TermRepository terms, AuditLog audit, ChangeFeed feed) {
        this.terms = terms;
        this.audit = audit;
        this.feed = feed;
    }

    @Transactional(readOnly = true)
    public List<TermView> list(Vocabulary vocabulary) {
        return terms.findByVocabularyOrderByCode(vocabulary).stream().map(TermView::of).toList();
    }

    @Transactional(readOnly = true)
    public TermView get(Vocabulary vocabulary, String code) {
        return TermView.of(find(vocabulary, code));
    }

    /** The term, if the vocabulary has it (for callers that go on either way, without an exception). */
    @Transactional(readOnly = true)
    public Optional<TermView> lookup(Vocabulary vocabulary, String code) {
        return terms.findByVocabularyAndCode(vocabulary, code).map(TermView::of);
    }

    public TermView create(Vocabulary vocabulary, TermData data) {
        Checks checks = check(data);
        if (data.code() != null && !CODE.matcher(data.code()).matches()) {
            checks.add("code", "code-format");
        } else if (data.code() != null && terms.findByVocabularyAndCode(vocabulary, data.code()).isPresent()) {
            checks.add("code", "duplicate", data.code());
        }
        Term parent = parent(vocabulary, data, checks);
        checks.throwIfAny();
        Term term = new Term(vocabulary, data.code());
        term.apply(data, parent);
        terms.saveAndFlush(term);
        audit.record(AUDIT_TYPE, key(term), AuditAction.CREATE, null, TermView.of(term));
        feed.record(ChangeFeed.TERM, key(term));
        return TermView.of(term);
    }

    public TermView update(Vocabulary vocabulary, String code, TermData data) {
        Term term = find(vocabulary, code);
        StaleVersionException.check(AUDIT_TYPE, key(term), data.version(), term.getVersion());
        Checks checks = check(data);
        Term parent = parent(vocabulary, data, checks);
        if (parent != null && isSelfOrDescendant(parent, term)) {
            checks.add("parentCode", "hierarchy-cycle");
        }
        checks.throwIfAny();
        TermView before = TermView.of(term);
        term.apply(data, parent);
        terms.saveAndFlush(term);
        audit.record(AUDIT_TYPE, key(term), AuditAction.UPDATE, before, TermView.of(term));
        feed.record(ChangeFeed.TERM, key(term));
        return TermView.of(term);
    }

    /** Retired terms stay on the records that use them but are no longer offered for new ones. */
    public TermView retire(Vocabulary vocabulary, String code) {
        Term term = find(vocabulary, code);
        TermView before = TermView.of(term);
        term.retire();
        terms.saveAndFlush(term);
        audit.record(AUDIT_TYPE, key(term), AuditAction.RETIRE, before, TermView.of(term));
        feed.record(ChangeFeed.TERM, key(term));
        return TermView.of(term);
    }

    Term find(Vocabulary vocabulary, String code) {
        return terms.findByVocabularyAndCode(vocabulary, code)
                .orElseThrow(() -> new RecordNotFoundException(vocabulary.slug(), code));
    }

    private static Checks check(TermData data) {
        Bilingual label = data.label() == null ? Bilingual.empty() : data.label();
        return new Checks()
                .require("code", data.code())
                .require("label.zh", label.zh())
                .maxLength("label", label, 500)
                .maxLength("scopeNote", data.scopeNote(), 4000);
    }

    private Term parent(Vocabulary vocabulary, TermData data, Checks checks) {
        if (data.parentCode() == null || data.parentCode().isBlank()) {
            return null;
        }
        Term parent = terms.findByVocabularyAndCode(vocabulary, data.parentCode()).orElse(null);
        if (parent == null) {
            checks.add("parentCode", "unknown-term", data.parentCode());
        }
        return parent;
    }

    private static boolean isSelfOrDescendant(Term candidate, Term term) {
        for (Term t = candidate; t != null; t = t.getParent()) {
            if (t.getId().equals(term.getId())) {
                return true;
            }
        }
        return false;
    }

    private static String key(Term term) {
        return term.getVocabulary().slug() + "/" + term.getCode();
    }
}
