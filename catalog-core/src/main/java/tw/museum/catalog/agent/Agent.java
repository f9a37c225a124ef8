package tw.museum.catalog.agent;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import tw.museum.catalog.common.Bilingual;

/** A person or organisation of the authority file: makers, donors' public names, publishers. */
@Entity
public class Agent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
    @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private AgentKind kind;

    private String nameZh;
    private String nameEn;
    private String sortName;
    private String biographyZh;
    private String biographyEn;
    private String nationalityZh;
    private String nationalityEn;
    private Integer beginYear;
    private Integer endYear;
    private String externalId;
    private boolean retired;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Agent() {
    }

    public Agent(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void apply(AgentData data, Instant now) {
        this.kind = data.kind();
        this.nameZh = data.name().zh();
        this.nameEn = data.name().en();
        this.sortName = data.sortName();
        Bilingual bio = orEmpty(data.biography());
        this.biographyZh = bio.zh();
        this.biographyEn = bio.en();
        Bilingual nationality = orEmpty(data.nationality());
        this.nationalityZh = nationality.zh();
        this.nationalityEn = nationality.en();
        this.beginYear = data.beginYear();
        this.endYear = data.endYear();
        this.externalId = data.externalId() == null || data.externalId().isBlank() ? null : data.externalId();
        this.updatedAt = now;
    }

    void retire(Instant now) {
        this.retired = true;
        this.updatedAt = now;
    }

    private static Bilingual orEmpty(Bilingual b) {
        return b == null ? Bilingual.empty() : b;
    }

    public Long getId() {
        return id;
    }

    public AgentKind getKind() {
        return kind;
    }

    public Bilingual getName() {
        return new Bilingual(nameZh, nameEn);
    }

    public String getSortName() {
        return sortName;
    }

    public Bilingual getBiography() {
        return new Bilingual(biographyZh, biographyEn);
    }

    public Bilingual getNationality() {
        return new Bilingual(nationalityZh, nationalityEn);
    }

    public Integer getBeginYear() {
        return beginYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public String getExternalId() {
        return externalId;
    }

    public boolean isRetired() {
        return retired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
