package tw.museum.catalog.learning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import tw.museum.catalog.common.Bilingual;

/**
 * A learning unit (導覽學習單元). Sections and their items are kept as two ordered lists of values; an
 * item names its section by position, so reordering sections renumbers items in the same change.
 */
@Entity
public class LearningUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_unit_seq")
    @SequenceGenerator(name = "learning_unit_seq", sequenceName = "learning_unit_seq", allocationSize = 50)
    private Long id;

    private String slug;
    private String titleZh;
    private String titleEn;
    private String summaryZh;
    private String summaryEn;

    @Enumerated(EnumType.STRING)
    private AgeGroup ageGroup;

    private String goalsZh;
    private String goalsEn;
    private String questionsZh;
    private String questionsEn;

    @ElementCollection
    @CollectionTable(name = "learning_unit_theme", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    @Column(name = "theme_code")
    @BatchSize(size = 32)
    private List<String> themes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "learning_unit_reference", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 32)
    private List<UnitReference> references = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "learning_unit_section", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 32)
    private List<UnitSection> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "learning_unit_item", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 32)
    private List<UnitItem> items = new ArrayList<>();

    private Instant publishAt;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private long version;

    protected LearningUnit() {
    }

    LearningUnit(String slug, Instant now, String actor) {
        this.slug = slug;
        this.createdAt = now;
        this.createdBy = actor;
        touch(now, actor);
    }

    /** Replaces everything staff edit; {@code items} are already resolved to artifact ids. */
    void apply(LearningUnitData d, List<UnitItem> resolvedItems, Instant now, String actor) {
        titleZh = d.title().zh();
        titleEn = d.title().en();
        summaryZh = d.summary().zh();
        summaryEn = d.summary().en();
        ageGroup = d.ageGroup();
        goalsZh = d.goals().zh();
        goalsEn = d.goals().en();
        questionsZh = d.questions().zh();
        questionsEn = d.questions().en();
        themes.clear();
        themes.addAll(d.themes());
        references.clear();
        d.references().forEach(r -> references.add(new UnitReference(r)));
        sections.clear();
        d.sections().forEach(s -> sections.add(new UnitSection(s.heading(), s.body())));
        items.clear();
        items.addAll(resolvedItems);
        touch(now, actor);
    }

    /** Swaps a section with its neighbour (delta -1: up, +1: down); false when there is no neighbour. */
    boolean moveSection(int index, int delta, Instant now, String actor) {
        int other = index + delta;
        if (index < 0 || index >= sections.size() || other < 0 || other >= sections.size()) {
            return false;
        }
        Collections.swap(sections, index, other);
        List<UnitItem> reordered = new ArrayList<>(items);
        for (UnitItem item : reordered) {
            if (item.sectionIndex() == index) {
                item.moveToSection(other);
            } else if (item.sectionIndex() == other) {
                item.moveToSection(index);
            }
        }
        // keep the item list in story order, so the order column reads as the story does
        reordered.sort(java.util.Comparator.comparingInt(UnitItem::sectionIndex));
        items.clear();
        items.addAll(reordered);
        touch(now, actor);
        return true;
    }

    void schedule(Instant at, Instant now, String actor) {
        this.publishAt = at;
        touch(now, actor);
    }

    private void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public UnitStatus status(Instant now) {
        if (publishAt == null) {
            return UnitStatus.DRAFT;
        }
        return publishAt.isAfter(now) ? UnitStatus.SCHEDULED : UnitStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Bilingual getTitle() {
        return new Bilingual(titleZh, titleEn);
    }

    public Bilingual getSummary() {
        return new Bilingual(summaryZh, summaryEn);
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public Bilingual getGoals() {
        return new Bilingual(goalsZh, goalsEn);
    }

    public Bilingual getQuestions() {
        return new Bilingual(questionsZh, questionsEn);
    }

    public List<String> getThemes() {
        return List.copyOf(themes);
    }

    List<Reference> references() {
        return references.stream().map(UnitReference::toReference).toList();
    }

    List<UnitSection> sections() {
        return List.copyOf(sections);
    }

    List<UnitItem> items() {
        return List.copyOf(items);
    }

    public Instant getPublishAt() {
        return publishAt;
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
