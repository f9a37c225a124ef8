package tw.museum.catalog.location;

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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import tw.museum.catalog.common.Bilingual;

/**
 * One entry of the location authority: a building, floor, room, cabinet, shelf, drawer or box. Its code is
 * printed on its label (QR code and barcode) and never changes; {@code path} lists the ids from the root
 * down to itself so a whole subtree is one prefix query.
 */
@Entity
public class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "location_seq")
    @SequenceGenerator(name = "location_seq", sequenceName = "location_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String nameZh;
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private LocationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private Location parent;

    private String path;
    private int depth;
    private String environmentZh;
    private String environmentEn;
    private boolean retired;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private long version;

    protected Location() {
    }

    Location(String code, Instant now, String actor) {
        this.code = code;
        this.createdAt = now;
        this.createdBy = actor;
    }

    void apply(LocationData data, Location parent, Instant now, String actor) {
        nameZh = data.name().zh();
        nameEn = data.name().en();
        kind = data.kind();
        this.parent = parent;
        if (path == null) {
            path = parent == null ? "/" : parent.getPath();
        }
        Bilingual environment = data.environment() == null ? Bilingual.empty() : data.environment();
        environmentZh = environment.zh();
        environmentEn = environment.en();
        updatedAt = now;
        updatedBy = actor;
    }

    /**
     * Sets path and depth from the parent. It needs the id, so it runs once the entity was persisted; the
     * insert carries the parent's path until then (Hibernate takes the inserted values at persist).
     */
    void placeInTree() {
        path = (parent == null ? "/" : parent.getPath()) + id + "/";
        depth = parent == null ? 1 : parent.getDepth() + 1;
    }

    /** This location's subtree was moved: its path now starts with {@code newPrefix} instead of {@code oldPrefix}. */
    void rebase(String oldPrefix, String newPrefix, int depthShift) {
        path = newPrefix + path.substring(oldPrefix.length());
        depth += depthShift;
    }

    void retire(boolean retired, Instant now, String actor) {
        this.retired = retired;
        updatedAt = now;
        updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Bilingual getName() {
        return new Bilingual(nameZh, nameEn);
    }

    public LocationKind getKind() {
        return kind;
    }

    public Location getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    /** The ids from the root down to this location, this one last. */
    public List<Long> getPathIds() {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    public int getDepth() {
        return depth;
    }

    public Bilingual getEnvironment() {
        return new Bilingual(environmentZh, environmentEn);
    }

    public boolean isRetired() {
        return retired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
