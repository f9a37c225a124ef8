package tw.museum.catalog.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import tw.museum.catalog.common.Bilingual;

/** A term of a controlled vocabulary, with a bilingual label and an optional broader term. */
@Entity
public class Term {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "term_seq")
    @SequenceGenerator(name = "term_seq", sequenceName = "term_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Vocabulary vocabulary;

    private String code;
    private String labelZh;
    private String labelEn;
    private String scopeNoteZh;
    private String scopeNoteEn;

    @ManyToOne(fetch = FetchType.LAZY)
    private Term parent;

    private boolean retired;

    @Version
    private long version;

    protected Term() {
    }

    public Term(Vocabulary vocabulary, String code) {
        this.vocabulary = vocabulary;
        this.code = code;
    }

    void apply(TermData data, Term parent) {
        this.labelZh = data.label().zh();
        this.labelEn = data.label().en();
        Bilingual note = data.scopeNote() == null ? Bilingual.empty() : data.scopeNote();
        this.scopeNoteZh = note.zh();
        this.scopeNoteEn = note.en();
        this.parent = parent;
    }

    void retire() {
        this.retired = true;
    }

    public Long getId() {
        return id;
    }

    public Vocabulary getVocabulary() {
        return vocabulary;
    }

    public String getCode() {
        return code;
    }

    public Bilingual getLabel() {
        return new Bilingual(labelZh, labelEn);
    }

    public Bilingual getScopeNote() {
        return new Bilingual(scopeNoteZh, scopeNoteEn);
    }

    public Term getParent() {
        return parent;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getVersion() {
        return version;
    }
}
