package tw.museum.catalog.exhibition;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import tw.museum.catalog.common.Bilingual;

/** An exhibition (展覽), in-house or travelling, with its objects in display order. */
@Entity
class Exhibition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exhibition_seq")
    @SequenceGenerator(name = "exhibition_seq", sequenceName = "exhibition_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exhibition_number")
    private String number;
    private String titleZh;
    private String titleEn;
    private String descriptionZh;
    private String descriptionEn;
    private String venueZh;
    private String venueEn;
    @Enumerated(EnumType.STRING)
    private ExhibitionKind kind;
    private String curator;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Long locationId;
    private Instant publishedAt;
    @Enumerated(EnumType.STRING)
    private Installation installation = Installation.PLANNED;
    private Instant installedAt;
    private Instant closedAt;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @OneToMany(mappedBy = "exhibition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 32)
    private List<ExhibitionObject> objects = new ArrayList<>();

    @Version
    private long version;

    protected Exhibition() {
    }

    Exhibition(String number, Instant now, String actor) {
        this.number = number;
        this.createdAt = now;
        this.createdBy = actor;
        touch(now, actor);
    }

    void describe(ExhibitionData d, Long newLocationId, Instant now, String actor) {
        titleZh = d.title().zh();
        titleEn = d.title().en();
        descriptionZh = d.description().zh();
        descriptionEn = d.description().en();
        venueZh = d.venue().zh();
        venueEn = d.venue().en();
        kind = d.kind();
        curator = d.curator() == null || d.curator().isBlank() ? null : d.curator().strip();
        opensOn = d.opensOn();
        closesOn = d.closesOn();
        locationId = newLocationId;
        touch(now, actor);
    }

    /** Swaps an object with its neighbour (delta -1: up, +1: down); false when there is none. */
    boolean move(int index, int delta, Instant now, String actor) {
        int other = index + delta;
        if (index < 0 || index >= objects.size() || other < 0 || other >= objects.size()) {
            return false;
        }
        Collections.swap(objects, index, other);
        for (int i = 0; i < objects.size(); i++) {
            objects.get(i).setPosition(i);
        }
        touch(now, actor);
        return true;
    }

    void publish(Instant at, String actor) {
        publishedAt = at;
        touch(at, actor);
    }

    void unpublish(Instant now, String actor) {
        publishedAt = null;
        touch(now, actor);
    }

    void installed(Instant now, String actor) {
        installation = Installation.INSTALLED;
        if (installedAt == null) {
            installedAt = now;
        }
        touch(now, actor);
    }

    void closed(Instant now, String actor) {
        installation = Installation.CLOSED;
        closedAt = now;
        touch(now, actor);
    }

    void touch(Instant now, String actor) {
        updatedAt = now;
        updatedBy = actor;
    }

    Long getId() {
        return id;
    }

    String getNumber() {
        return number;
    }

    Bilingual getTitle() {
        return Bilingual.of(titleZh, titleEn);
    }

    Bilingual getDescription() {
        return Bilingual.of(descriptionZh, descriptionEn);
    }

    Bilingual getVenue() {
        return Bilingual.of(venueZh, venueEn);
    }

    ExhibitionKind getKind() {
        return kind;
    }

    String getCurator() {
        return curator;
    }

    LocalDate getOpensOn() {
        return opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }

    Long getLocationId() {
        return locationId;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    boolean isPublished() {
        return publishedAt != null;
    }

    Installation getInstallation() {
        return installation;
    }

    Instant getInstalledAt() {
        return installedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    List<ExhibitionObject> getObjects() {
        return objects;
    }

    long getVersion() {
        return version;
    }
}
