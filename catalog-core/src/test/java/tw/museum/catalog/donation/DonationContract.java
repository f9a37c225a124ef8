package tw.museum.catalog.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.context.TestPropertySource;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.artifact.ArtifactView;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.support.CatalogTestBase;

/** Donations: offers, evaluation, the committee's decision, accessioning; on H2 and PostgreSQL. */
@TestPropertySource(properties = {"museum.donations.object-number-pattern=D{year}.{seq}",
        "museum.donations.sequence-digits=3"})
abstract class DonationContract extends CatalogTestBase {

    static final String DONOR = "DONOR-NAME-MARK";

    @Autowired DonationService donations;
    @Autowired ArtifactService artifacts;
    @Autowired MediaService media;

    static DonationOfferData offer(CreditChoice credit, String creditName, OfferedObject... objects) {
        return new DonationOfferData(DONOR, "donor@example.org", "0912-000-000", "DONOR-ADDRESS", true, "2026-1",
                credit, creditName, "須於常設展展出", List.of(objects), "zh-TW", null);
    }

    static OfferedObject radio() {
        return new OfferedObject("大同收音機", "木殼真空管收音機，可正常開機。", "1965 年購於臺北，家中使用至 1980 年。", "1965");
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    int year() {
        return LocalDate.now(DonationService.MUSEUM_ZONE).getYear();
    }

    DonationView evaluated(String number) {
        return donations.evaluate(number, new Evaluation("補足家電收藏", "良好", "捐贈者自購，有發票", "小",
                Verdict.ACCEPT), donations.get(number).version());
    }

    @Test
    void anAcceptedOfferIsAccessionedWithNumbersProvenanceCreditAndPhotos() throws IOException {
        OfferedObject fan = new OfferedObject("電風扇", "綠色鐵殼電扇", null, null);
        Submission s = donations.submit(offer(CreditChoice.NAME, null, radio(), fan),
                List.of(List.of(new ByteArrayResource(png()), new ByteArrayResource(png())), List.of()));
        assertThat(s.number()).matches("DO-" + year() + "-\\d{4}");
        DonationView submitted = donations.get(s.number());
        assertThat(submitted.status()).isEqualTo(DonationStatus.SUBMITTED);
        assertThat(submitted.objects().get(0).photoIds()).hasSize(2);
        evaluated(s.number());
        DonationView decided = donations.decide(s.number(),
                new CommitteeDecision(Verdict.ACCEPT, LocalDate.now(DonationService.MUSEUM_ZONE), "115年第3次典藏會議"),
                donations.get(s.number()).version());
        assertThat(decided.status()).isEqualTo(DonationStatus.ACCEPTED);
        List<String> numbers = decided.objects().stream().map(DonationView.ObjectView::objectNumber).toList();
        assertThat(numbers).allMatch(n -> n.matches("D" + year() + "\\.\\d{3}"));
        int first = Integer.parseInt(numbers.get(0).substring(numbers.get(0).indexOf('.') + 1));
        assertThat(numbers.get(1)).endsWith("." + String.format("%03d", first + 1));
        ArtifactView radio = artifacts.get(numbers.get(0));
        assertThat(radio.status()).isEqualTo(ArtifactStatus.DRAFT);
        assertThat(radio.title().zh()).isEqualTo("大同收音機");
        assertThat(radio.provenance().zh()).isEqualTo("1965 年購於臺北，家中使用至 1980 年。");
        assertThat(radio.creditLine()).isEqualTo(Bilingual.of(DONOR + " 捐贈", "Gift of " + DONOR));
        assertThat(radio.restricted().internalNotes()).contains(s.number()).contains("須於常設展展出");
        assertThat(media.list(numbers.get(0))).hasSize(2);
        assertThat(media.list(numbers.get(1))).isEmpty();
    }

    @Test
    void anAnonymousGiftPublishesNoName() {
        String number = donations.submit(offer(CreditChoice.ANONYMOUS, "ignored", radio())).number();
        evaluated(number);
        DonationView v = donations.decide(number, new CommitteeDecision(Verdict.ACCEPT,
                LocalDate.now(DonationService.MUSEUM_ZONE), "M-1"), donations.get(number).version());
        String objectNumber = v.objects().get(0).objectNumber();
        artifacts.publish(objectNumber, null);
        PublicArtifactView open = artifacts.findPublished(objectNumber).orElseThrow();
        assertThat(open.creditLine()).isEqualTo(Bilingual.of("匿名捐贈", "Anonymous gift"));
        assertThat(open.toString()).doesNotContain(DONOR, "donor@example.org", "DONOR-ADDRESS", "0912-000-000");
        assertThat(artifacts.get(objectNumber).toString()).doesNotContain(DONOR, "donor@example.org");
    }

    @Test
    void aCustomCreditIsWhatTheDonorChose() {
        String number = donations.submit(offer(CreditChoice.CUSTOM, "陳氏家族", radio())).number();
        evaluated(number);
        DonationView v = donations.decide(number, new CommitteeDecision(Verdict.ACCEPT,
                LocalDate.now(DonationService.MUSEUM_ZONE), "M-2"), donations.get(number).version());
        assertThat(artifacts.get(v.objects().get(0).objectNumber()).creditLine().zh()).isEqualTo("陳氏家族 捐贈");
    }

    @Test
    void accessionNumbersTakenAlreadyAreSkipped() {
        String number = donations.submit(offer(CreditChoice.NAME, null, radio())).number();
        evaluated(number);
        // the next two numbers of the pattern are taken by records made some other way
        long before = artifacts.count();
        for (int i = 0; i < 200; i++) {
            String candidate = "D%d.%03d".formatted(year(), i + 1);
            if (!artifacts.exists(candidate)) {
                artifacts.create(new ArtifactData(candidate, Bilingual.of("先占", null), null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null));
                break;
            }
        }
        DonationView v = donations.decide(number, new CommitteeDecision(Verdict.ACCEPT,
                LocalDate.now(DonationService.MUSEUM_ZONE), "M-3"), donations.get(number).version());
        assertThat(artifacts.count()).isEqualTo(before + 2);
        assertThat(artifacts.get(v.objects().get(0).objectNumber()).title().zh()).isEqualTo("大同收音機");
    }

    @Test
    void aDeclinedOfferCreatesNoRecords() {
        String number = donations.submit(offer(CreditChoice.NAME, null, radio())).number();
        assertThatThrownBy(() -> donations.decide(number, new CommitteeDecision(Verdict.DECLINE,
                LocalDate.now(DonationService.MUSEUM_ZONE), "M-4"), donations.get(number).version()))
                .isInstanceOf(IllegalDonationStepException.class);
        evaluated(number);
        long before = artifacts.count();
        DonationView v = donations.decide(number, new CommitteeDecision(Verdict.DECLINE,
                LocalDate.now(DonationService.MUSEUM_ZONE), "M-4"), donations.get(number).version());
        assertThat(v.status()).isEqualTo(DonationStatus.DECLINED);
        assertThat(v.objects().get(0).objectNumber()).isNull();
        assertThat(artifacts.count()).isEqualTo(before);
    }

    @Test
    void badOffersAndBadDecisionsAreRefusedWithTheirFields() {
        DonationOfferData bad = new DonationOfferData("", "x", null, null, false, "2026-1", CreditChoice.CUSTOM, " ",
                null, List.of(new OfferedObject("", "", null, null)), "zh-TW", null);
        assertThatThrownBy(() -> donations.submit(bad)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).contains("donorName", "donorEmail",
                        "consent", "creditName", "objects[0].title", "objects[0].description"));
        String number = donations.submit(offer(CreditChoice.NAME, null, radio())).number();
        evaluated(number);
        assertThatThrownBy(() -> donations.decide(number, new CommitteeDecision(null,
                LocalDate.now(DonationService.MUSEUM_ZONE).plusDays(3), ""), donations.get(number).version()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("decision", "date", "minutesReference"));
    }

    @Test
    void offersAcceptedAtOnceGetDistinctConsecutiveAccessionNumbers() throws Exception {
        List<String> offers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String number = donations.submit(offer(CreditChoice.NAME, null, radio(), radio())).number();
            evaluated(number);
            offers.add(number);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<DonationView>> results = new java.util.ArrayList<>();
            for (String number : offers) {
                results.add(pool.submit(() -> {
                    org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                            new org.springframework.security.authentication.TestingAuthenticationToken("registrar", null));
                    start.await();
                    return donations.decide(number, new CommitteeDecision(Verdict.ACCEPT,
                            LocalDate.now(DonationService.MUSEUM_ZONE), "M-5"), donations.get(number).version());
                }));
            }
            start.countDown();
            List<Integer> sequences = new java.util.ArrayList<>();
            for (var f : results) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS).objects().forEach(o ->
                        sequences.add(Integer.parseInt(o.objectNumber().substring(o.objectNumber().indexOf('.') + 1))));
            }
            sequences.sort(null);
            assertThat(sequences).hasSize(8).doesNotHaveDuplicates();
            assertThat(sequences.get(7) - sequences.get(0)).isEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aResentFormMakesOneOffer() {
        DonationOfferData d = offer(CreditChoice.NAME, null, radio());
        DonationOfferData withToken = new DonationOfferData(d.donorName(), d.donorEmail(), d.donorPhone(),
                d.donorAddress(), true, "2026-1", d.creditChoice(), null, null, d.objects(), "zh-TW", unique("tok"));
        Submission first = donations.submit(withToken);
        Submission again = donations.submit(withToken);
        assertThat(again.number()).isEqualTo(first.number());
        assertThat(again.repeated()).isTrue();
    }
}
