package tw.museum.importer.run;

import java.util.List;
import tw.museum.importer.mapping.MappedArtifact;

/** Where imported records go: the museum's database directly, or a running museum's API. */
public interface RecordWriter {

    /** Writes a batch; one result per record, in order. Records of a batch have distinct object numbers. */
    List<Result> write(List<MappedArtifact> batch, boolean publish, boolean dryRun);
}
