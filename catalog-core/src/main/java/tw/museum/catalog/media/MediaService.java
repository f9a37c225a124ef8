package tw.museum.catalog.media;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.artifact.ArtifactChanged;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Checks;
import tw.museum.catalog.common.CurrentActor;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.common.StaleVersionException;

/** Attaching images and documents to artifacts, describing, ordering and removing them. */
@Service
@Transactional
public class MediaService {

    private static final String RECORD_TYPE = "media";

    private final MediaRepository media;
    private final MediaStore store;
    private final ArtifactService artifacts;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public MediaService(MediaRepository media, MediaStore store, ArtifactService artifacts, AuditLog audit,
                        CurrentActor actor, Clock clock, ApplicationEventPublisher events) {
        this.media = media;
        this.store = store;
        this.artifacts = artifacts;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Stores the file and attaches it. The name the uploader gave is kept only as a label; the file's
     * type comes from its content.
     */
    public MediaView attach(String objectNumber, String originalFilename, InputStream content,
                            MediaDescription description) {
        Artifact artifact = artifacts.find(objectNumber);
        check(description);
        StoredFile file = store.store(content);
        List<Media> existing = media.findByArtifactOrderByPositionAscIdAsc(artifact);
        Media m = new Media(artifact, file, SafeFilename.of(originalFilename), clock.instant(), actor.name());
        m.describe(description);
        boolean firstImage = file.kind() == MediaKind.IMAGE
                && existing.stream().noneMatch(e -> e.getKind() == MediaKind.IMAGE);
        boolean primary = file.kind() == MediaKind.IMAGE
                && (Boolean.TRUE.equals(description.primary()) || firstImage);
        m.place(existing.size(), primary);
        media.saveAndFlush(m);
        if (primary) {
            existing.stream().filter(Media::isPrimary).forEach(e -> e.place(e.getPosition(), false));
        }
        reorder(artifact, m, description.position());
        MediaView view = MediaView.of(m);
        audit.record(ArtifactService.MEDIA_AUDIT_TYPE, objectNumber, AuditAction.CREATE, null, view);
        events.publishEvent(new ArtifactChanged(objectNumber, artifact.getStatus()));
        events.publishEvent(new MediaAttached(view.id(), objectNumber, view.kind()));
        return view;
    }

    public MediaView describe(String objectNumber, long mediaId, MediaDescription description) {
        Media m = find(objectNumber, mediaId);
        StaleVersionException.check(RECORD_TYPE, mediaId, description.version(), m.getVersion());
        check(description);
        MediaView before = MediaView.of(m);
        m.describe(description);
        if (Boolean.TRUE.equals(description.primary()) && m.getKind() == MediaKind.IMAGE) {
            media.findByArtifactOrderByPositionAscIdAsc(m.getArtifact()).stream()
                    .filter(other -> other.isPrimary() && !other.getId().equals(m.getId()))
                    .forEach(other -> other.place(other.getPosition(), false));
            m.place(m.getPosition(), true);
        }
        reorder(m.getArtifact(), m, description.position());
        media.saveAndFlush(m);
        MediaView after = MediaView.of(m);
        audit.record(ArtifactService.MEDIA_AUDIT_TYPE, objectNumber, AuditAction.UPDATE, before, after);
        events.publishEvent(new ArtifactChanged(objectNumber, m.getArtifact().getStatus()));
        return after;
    }

    /** Detaches a media file. The original stays in the store (other records may share its bytes). */
    public void remove(String objectNumber, long mediaId) {
        Media m = find(objectNumber, mediaId);
        MediaView before = MediaView.of(m);
        Artifact artifact = m.getArtifact();
        media.delete(m);
        media.flush();
        List<Media> rest = media.findByArtifactOrderByPositionAscIdAsc(artifact);
        boolean hasPrimary = rest.stream().anyMatch(Media::isPrimary);
        for (int i = 0; i < rest.size(); i++) {
            Media r = rest.get(i);
            boolean primary = r.isPrimary() || (!hasPrimary && r.getKind() == MediaKind.IMAGE
                    && rest.stream().filter(x -> x.getKind() == MediaKind.IMAGE).findFirst().orElse(null) == r);
            r.place(i, primary);
        }
        audit.record(ArtifactService.MEDIA_AUDIT_TYPE, objectNumber, AuditAction.DELETE, before, null);
        events.publishEvent(new ArtifactChanged(objectNumber, artifact.getStatus()));
    }

    @Transactional(readOnly = true)
    public List<MediaView> list(String objectNumber) {
        return media.findByArtifactOrderByPositionAscIdAsc(artifacts.find(objectNumber)).stream()
                .map(MediaView::of).toList();
    }

    /** A media file and where its original lies, for serving it; only staff may read unpublished ones. */
    @Transactional(readOnly = true)
    public Optional<MediaFile> file(long mediaId, boolean staff) {
        return media.findById(mediaId)
                .filter(m -> staff || m.getArtifact().getStatus() == ArtifactStatus.PUBLISHED)
                .map(m -> new MediaFile(MediaView.of(m), m.getArtifact().getObjectNumber(),
                        m.getArtifact().getStatus(), store.path(m.getStorageKey())));
    }

    private Media find(String objectNumber, long mediaId) {
        Artifact artifact = artifacts.find(objectNumber);
        return media.findById(mediaId)
                .filter(m -> m.getArtifact().getId().equals(artifact.getId()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, mediaId));
    }

    private void reorder(Artifact artifact, Media moved, Integer position) {
        if (position == null) {
            return;
        }
        List<Media> all = new java.util.ArrayList<>(media.findByArtifactOrderByPositionAscIdAsc(artifact));
        all.removeIf(x -> x.getId().equals(moved.getId()));
        int target = Math.max(0, Math.min(position, all.size()));
        all.add(target, moved);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).place(i, all.get(i).isPrimary());
        }
    }

    private static void check(MediaDescription d) {
        Checks checks = new Checks().maxLength("caption", d.caption(), 2000).maxLength("rights", d.rights(), 1000);
        if (d.position() != null && d.position() < 0) {
            checks.add("position", "negative");
        }
        checks.throwIfAny();
    }
}
