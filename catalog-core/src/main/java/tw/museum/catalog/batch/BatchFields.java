package tw.museum.catalog.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every field batches can change, in the order the workspace offers them (their {@code @Order}). */
@Component
public class BatchFields {

    private final Map<String, BatchField> byName = new LinkedHashMap<>();

    public BatchFields(List<BatchField> fields) {
        fields.forEach(f -> byName.put(f.name(), f));
    }

    public List<BatchField> all() {
        return List.copyOf(byName.values());
    }

    public Optional<BatchField> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name.strip()));
    }

    /** A field the stored batch names (it was checked when the batch was made). */
    BatchField get(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("No batch field " + name));
    }

    String names() {
        return String.join(", ", byName.keySet());
    }
}
