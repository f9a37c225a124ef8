package tw.museum.catalog.artifact;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import tw.museum.catalog.vocabulary.Term;

/** One vocabulary term used in one of the artifact's multi-valued fields. */
@Embeddable
public class TermLink {

    @Enumerated(EnumType.STRING)
    private TermField field;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private Term term;

    protected TermLink() {
    }

    TermLink(TermField field, Term term) {
        this.field = field;
        this.term = term;
    }

    public TermField getField() {
        return field;
    }

    public Term getTerm() {
        return term;
    }
}
