package tw.museum.catalog.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.audit.AuditRecord;
import tw.museum.catalog.audit.FieldChange;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.exhibition.ArtifactExhibition;
import tw.museum.catalog.exhibition.ExhibitionService;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.learning.UnitAppearance;
import tw.museum.catalog.loan.ArtifactLoan;
import tw.museum.catalog.loan.LoanService;

/**
 * An object's usage history (藏品推廣運用): its exhibitions, loans, learning units, time on the website and
 * recorded uses, read from each feature's own records (nothing is copied, so nothing can drift), newest first.
 */
@Service
@Transactional(readOnly = true)
public class UsageHistoryService {

    private static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");

    private final ArtifactService artifacts;
    private final ExhibitionService exhibitions;
    private final LoanService loans;
    private final LearningUnitService learningUnits;
    private final CollectionUseService uses;

    public UsageHistoryService(ArtifactService artifacts, ExhibitionService exhibitions, LoanService loans,
                               LearningUnitService learningUnits, CollectionUseService uses) {
        this.artifacts = artifacts;
        this.exhibitions = exhibitions;
        this.loans = loans;
        this.learningUnits = learningUnits;
        this.uses = uses;
    }

    /** The history of a catalogued object; an unknown number is a {@code RecordNotFoundException}. */
    public List<UsageEntry> forArtifact(String objectNumber) {
        artifacts.find(objectNumber);
        List<UsageEntry> entries = new ArrayList<>();
        for (ArtifactExhibition e : exhibitions.forArtifact(objectNumber)) {
            entries.add(new UsageEntry(UsageKind.EXHIBITION, e.installation().name(), e.opensOn(), e.closesOn(),
                    e.title(), e.number(), e.venue().isEmpty() ? null : e.venue().in("zh")));
        }
        for (ArtifactLoan l : loans.history(objectNumber)) {
            entries.add(new UsageEntry(UsageKind.LOAN, l.status().name(),
                    l.departedOn() != null ? l.departedOn() : l.periodFrom(),
                    l.returnedOn() != null ? l.returnedOn() : l.periodTo(),
                    Bilingual.of(l.exhibitionTitle(), null), l.loanNumber(), l.institution()));
        }
        for (UnitAppearance u : learningUnits.containing(objectNumber)) {
            entries.add(new UsageEntry(UsageKind.LEARNING_UNIT, u.status().name(), day(u.publishAt()), null,
                    u.title(), u.slug(), null));
        }
        entries.addAll(website(objectNumber));
        for (CollectionUseView u : uses.forArtifact(objectNumber)) {
            entries.add(new UsageEntry(UsageKind.RECORDED_USE, u.kind().name(), u.usedFrom(), u.usedUntil(),
                    u.purpose(), String.valueOf(u.id()), u.usedBy()));
        }
        entries.sort(Comparator.comparing(UsageEntry::from, Comparator.nullsFirst(Comparator.reverseOrder())));
        return entries;
    }

    /**
     * The periods the record was published on the website, from its audit trail: each change of status to
     * PUBLISHED opens one, each change away from it closes it.
     */
    private List<UsageEntry> website(String objectNumber) {
        List<AuditRecord> history = new ArrayList<>(artifacts.history(objectNumber));
        history.sort(Comparator.comparing(AuditRecord::at).thenComparing(AuditRecord::id));
        List<UsageEntry> periods = new ArrayList<>();
        Instant since = null;
        String published = ArtifactStatus.PUBLISHED.name();
        for (AuditRecord r : history) {
            for (FieldChange c : r.changes()) {
                if (!"/status".equals(c.path())) {
                    continue;
                }
                if (published.equals(c.after()) && since == null) {
                    since = r.at();
                } else if (published.equals(c.before()) && !published.equals(c.after()) && since != null) {
                    periods.add(online(since, r.at()));
                    since = null;
                }
            }
        }
        if (since != null) {
            periods.add(online(since, null));
        }
        return periods;
    }

    private static UsageEntry online(Instant from, Instant until) {
        return new UsageEntry(UsageKind.WEBSITE, ArtifactStatus.PUBLISHED.name(), day(from), day(until),
                Bilingual.empty(), null, null);
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, MUSEUM_ZONE);
    }
}
