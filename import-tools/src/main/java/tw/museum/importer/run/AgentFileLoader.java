package tw.museum.importer.run;

import java.nio.file.Path;
import tw.museum.importer.mapping.MappingSpec;

/** Loads the authority file of people and organisations a mapping names, into the database or through the API. */
public interface AgentFileLoader {

    /** @return how many agents were created; problems are counted into the summary */
    int load(Path file, MappingSpec spec, boolean dryRun, ImportSummary summary);
}
