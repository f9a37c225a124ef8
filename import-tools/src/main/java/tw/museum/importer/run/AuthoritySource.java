package tw.museum.importer.run;

import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.importer.mapping.MakerReference;
import tw.museum.importer.mapping.TermLabel;

/** Where terms, makers and places named by records are matched, and created when missing. */
public interface AuthoritySource {

    /** The term's code; created when the vocabulary has no such code. */
    String term(Vocabulary vocabulary, TermLabel label, boolean dryRun);

    /** The maker's authority id, found by external id or created from the name the source gives. */
    long agent(MakerReference maker, int index, boolean dryRun);

    /** A place's id, matched by its Chinese name or created. */
    long place(Bilingual name, boolean dryRun);
}
