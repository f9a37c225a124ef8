package tw.museum.site.batch;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import tw.museum.catalog.batch.BatchField;

/** Whether the signed-in staff member may batch-edit a field: the roles its kind of change needs. */
@Component
public class BatchFieldAccess {

    private final BatchRoles roles;

    BatchFieldAccess(BatchRoles roles) {
        this.roles = roles;
    }

    /** Throws AccessDeniedException unless the current user may change this field in a batch. */
    public void check(BatchField field) {
        switch (field.access()) {
            case CATALOGUE -> roles.catalogue();
            case MOVE -> roles.move();
        }
    }

    public boolean allowed(BatchField field) {
        try {
            check(field);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    public List<BatchField> allowed(List<BatchField> fields) {
        return fields.stream().filter(this::allowed).toList();
    }
}
