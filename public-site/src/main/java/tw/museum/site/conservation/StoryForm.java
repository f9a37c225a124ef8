package tw.museum.site.conservation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionPhotoView;
import tw.museum.catalog.conservation.PhotoStage;
import tw.museum.catalog.conservation.StoryPhotoData;
import tw.museum.catalog.conservation.StoryPhotoView;
import tw.museum.catalog.conservation.TreatmentStoryData;
import tw.museum.catalog.conservation.TreatmentStoryView;
import tw.museum.site.staff.BilingualInput;
import tw.museum.site.staff.FormValues;

/**
 * The workspace form of a treatment story, as typed. It offers every photo of the object's condition checks,
 * oldest check first, each with a box to choose it, its stage and a public caption; the chosen ones make the
 * story's photos in that order. Unchosen photos never leave the workspace.
 */
public class StoryForm {

    private static final Pattern PHOTO = Pattern.compile("^photos\\[(\\d+)](.*)$");

    private String objectNumber;
    private String treatmentCheckId;
    private BilingualInput title = new BilingualInput();
    private BilingualInput summary = new BilingualInput();
    private BilingualInput body = new BilingualInput();
    private boolean creditExaminer;
    private List<PhotoRow> photos = new ArrayList<>();
    private String version;

    /** A new story of an object, offering all its condition photos; {@code check} preselects its treatment record. */
    public static StoryForm start(String objectNumber, Long check, List<ConditionCheckView> checks) {
        StoryForm f = new StoryForm();
        f.objectNumber = objectNumber;
        f.treatmentCheckId = check != null ? String.valueOf(check) : checks.stream()
                .filter(c -> c.context() == ConditionContext.TREATMENT).findFirst().map(c -> String.valueOf(c.id())).orElse(null);
        f.offer(checks, Map.of());
        return f;
    }

    public static StoryForm of(TreatmentStoryView s, List<ConditionCheckView> checks) {
        StoryForm f = new StoryForm();
        f.objectNumber = s.objectNumber();
        f.treatmentCheckId = String.valueOf(s.treatmentCheckId());
        f.title = BilingualInput.of(s.title());
        f.summary = BilingualInput.of(s.summary());
        f.body = BilingualInput.of(s.body());
        f.creditExaminer = s.creditExaminer();
        Map<Long, StoryPhotoView> chosen = new HashMap<>();
        s.photos().forEach(p -> chosen.put(p.photoId(), p));
        f.offer(checks, chosen);
        f.version = String.valueOf(s.version());
        return f;
    }

    /** Fills the photo rows from the object's checks (oldest first), keeping what was chosen. */
    private void offer(List<ConditionCheckView> checks, Map<Long, StoryPhotoView> chosen) {
        photos.clear();
        checks.stream().sorted(Comparator.comparing(ConditionCheckView::examinedAt).thenComparing(ConditionCheckView::id))
                .forEach(c -> {
                    for (ConditionPhotoView p : c.photos()) {
                        StoryPhotoView s = chosen.get(p.id());
                        PhotoRow row = new PhotoRow();
                        row.photoId = String.valueOf(p.id());
                        row.checkId = String.valueOf(c.id());
                        row.chosen = s != null;
                        row.stage = s != null ? s.stage().name()
                                : (c.context() == ConditionContext.TREATMENT ? PhotoStage.AFTER : PhotoStage.BEFORE).name();
                        row.caption = s != null ? BilingualInput.of(s.caption()) : new BilingualInput();
                        photos.add(row);
                    }
                });
    }

    /** The record, the problems found reading numbers, and the form row of each chosen photo. */
    public record Conversion(TreatmentStoryData data, List<FieldProblem> problems, List<Integer> rows) {

        public String formField(String recordField) {
            Matcher m = PHOTO.matcher(recordField);
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                return "photos[" + (index < rows.size() ? rows.get(index) : index) + "]" + m.group(2);
            }
            return recordField;
        }
    }

    public Conversion toData() {
        List<FieldProblem> problems = new ArrayList<>();
        List<StoryPhotoData> chosenPhotos = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            PhotoRow row = photos.get(i);
            if (row == null || !row.chosen) {
                continue;
            }
            rows.add(i);
            chosenPhotos.add(new StoryPhotoData(FormValues.toLong(row.photoId, "photos[" + i + "].photoId", problems),
                    FormValues.toEnum(PhotoStage.class, row.stage, "photos[" + i + "].stage", problems),
                    row.caption == null ? null : row.caption.toBilingual()));
        }
        TreatmentStoryData data = new TreatmentStoryData(objectNumber,
                FormValues.toLong(treatmentCheckId, "treatmentCheckId", problems), title.toBilingual(),
                summary.toBilingual(), body.toBilingual(), creditExaminer, chosenPhotos,
                FormValues.toLong(version, "version", new ArrayList<>()));
        return new Conversion(data, problems, rows);
    }

    public static class PhotoRow {
        private String photoId;
        private String checkId;
        private boolean chosen;
        private String stage;
        private BilingualInput caption = new BilingualInput();

        public String getPhotoId() { return photoId; }
        public void setPhotoId(String photoId) { this.photoId = photoId; }
        public String getCheckId() { return checkId; }
        public void setCheckId(String checkId) { this.checkId = checkId; }
        public boolean isChosen() { return chosen; }
        public void setChosen(boolean chosen) { this.chosen = chosen; }
        public String getStage() { return stage; }
        public void setStage(String stage) { this.stage = stage; }
        public BilingualInput getCaption() { return caption; }
        public void setCaption(BilingualInput caption) { this.caption = caption; }
    }

    public String getObjectNumber() { return objectNumber; }
    public void setObjectNumber(String objectNumber) { this.objectNumber = objectNumber; }
    public String getTreatmentCheckId() { return treatmentCheckId; }
    public void setTreatmentCheckId(String treatmentCheckId) { this.treatmentCheckId = treatmentCheckId; }
    public BilingualInput getTitle() { return title; }
    public void setTitle(BilingualInput title) { this.title = title; }
    public BilingualInput getSummary() { return summary; }
    public void setSummary(BilingualInput summary) { this.summary = summary; }
    public BilingualInput getBody() { return body; }
    public void setBody(BilingualInput body) { this.body = body; }
    public boolean isCreditExaminer() { return creditExaminer; }
    public void setCreditExaminer(boolean creditExaminer) { this.creditExaminer = creditExaminer; }
    public List<PhotoRow> getPhotos() { return photos; }
    public void setPhotos(List<PhotoRow> photos) { this.photos = photos; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
