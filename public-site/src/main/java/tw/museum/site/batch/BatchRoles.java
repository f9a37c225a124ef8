package tw.museum.site.batch;

import org.springframework.stereotype.Component;
import tw.museum.site.security.CataloguersOnly;
import tw.museum.site.security.RegistrarsOnly;

/**
 * The role sets batch edits ask for, as the same changes ask for them one record at a time: editing and
 * publishing records ({@link CataloguersOnly}), moving objects. Each method does nothing; calling it through
 * Spring's proxy is the check (AccessDeniedException when the signed-in user lacks the roles).
 */
@Component
class BatchRoles {

    @CataloguersOnly
    public void catalogue() {
        // the annotation is the check
    }

    @RegistrarsOnly
    public void move() {
        // the annotation is the check
    }
}
