package tw.museum.catalog.healthcheck;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.common.RecordNotFoundException;
import tw.museum.catalog.condition.ConditionCheckData;
import tw.museum.catalog.condition.ConditionCheckService;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionPhotoFile;
import tw.museum.catalog.condition.ConditionSubject;

/**
 * Examination records of a case's objects (1 to the case's object count), kept as condition checks in the
 * HEALTH_CHECK context. Recorded from the scheduled examination on; corrections stay possible until the
 * case closes (a corrected report is then reissued).
 */
@Service
@Transactional
public class HealthCheckExaminations {

    static final Set<CaseStatus> EXAMINABLE = EnumSet.of(CaseStatus.SCHEDULED, CaseStatus.EXAMINED,
            CaseStatus.REPORT_ISSUED, CaseStatus.PAID);

    private final CaseFinder cases;
    private final ConditionCheckService conditions;

    HealthCheckExaminations(CaseFinder cases, ConditionCheckService conditions) {
        this.cases = cases;
        this.conditions = conditions;
    }

    public ConditionCheckView record(String number, int objectNo, ConditionCheckData data) {
        HealthCheckCase c = examinable(number);
        if (objectNo < 1 || objectNo > c.getObjectCount()) {
            throw new InvalidRecordException(FieldProblem.of("objectNo", "out-of-range", 1, c.getObjectCount()));
        }
        return conditions.record(ConditionSubject.caseObject(c.getId(), objectNo), forCase(number, data));
    }

    public ConditionCheckView update(String number, long checkId, ConditionCheckData data, Long version) {
        HealthCheckCase c = examinable(number);
        mine(c, checkId);
        return conditions.update(checkId, forCase(number, data), version);
    }

    public ConditionCheckView addPhotos(String number, long checkId, List<? extends InputStreamSource> photos,
                                       List<Bilingual> annotations, Long version) {
        HealthCheckCase c = examinable(number);
        mine(c, checkId);
        return conditions.addPhotos(checkId, photos, annotations, version);
    }

    /** Every examination record of the case, by object, the newest first for each object. */
    @Transactional(readOnly = true)
    public List<ConditionCheckView> all(String number) {
        return conditions.forCase(cases.find(number).getId());
    }

    /** The newest record of each examined object: what the report and the dossier show. */
    @Transactional(readOnly = true)
    public List<ConditionCheckView> latest(String number) {
        return conditions.latestForCase(cases.find(number).getId());
    }

    @Transactional(readOnly = true)
    public ConditionCheckView get(String number, long checkId) {
        return mine(cases.find(number), checkId);
    }

    @Transactional(readOnly = true)
    public ConditionPhotoFile photo(String number, long checkId, long photoId) {
        mine(cases.find(number), checkId);
        return conditions.photo(checkId, photoId)
                .orElseThrow(() -> new RecordNotFoundException("examination-photo", photoId));
    }

    private HealthCheckCase examinable(String number) {
        HealthCheckCase c = cases.find(number);
        if (!EXAMINABLE.contains(c.getStatus())) {
            throw new InvalidRecordException(FieldProblem.of("status", "not-examinable"));
        }
        return c;
    }

    private ConditionCheckView mine(HealthCheckCase c, long checkId) {
        ConditionCheckView v = conditions.get(checkId);
        if (v.subject().caseId() == null || v.subject().caseId() != c.getId().longValue()) {
            throw new RecordNotFoundException("examination", checkId);
        }
        return v;
    }

    private static ConditionCheckData forCase(String number, ConditionCheckData d) {
        return new ConditionCheckData(ConditionContext.HEALTH_CHECK, number, d.examinedAt(), d.examinedBy(),
                d.identification(), d.category(), d.quantity(), d.period(), d.provenance(), d.materials(),
                d.dimensions(), d.grade(), d.summary(), d.damages(), d.causes(), d.risk(), d.urgency(),
                d.recommendations());
    }
}
