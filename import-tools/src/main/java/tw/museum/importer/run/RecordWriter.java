package tw.museum.importer.run;

import java.util.List;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.importer.mapping.MappedArtifact;

/** Where imported records go: the museum's database directly, or a running museum's API. */
public interface RecordWriter {

    /** Writes a batch; one result per record, in order. Records of a batch have distinct object numbers. */
    List<Result> write(List<MappedArtifact> batch, boolean publish, boolean dryRun);

    /**
     * Matches or creates, in the reading thread and so in file order, the terms, makers and places the
     * records of a batch name, before the batch goes to a writer; one list of problems per record (empty:
     * prepared): which record's labels a new term gets must not
     * depend on which writer thread was faster (a resumed run then ends exactly like an uninterrupted one).
     */
    List<List<FieldProblem>> prepare(List<MappedArtifact> batch);
}
