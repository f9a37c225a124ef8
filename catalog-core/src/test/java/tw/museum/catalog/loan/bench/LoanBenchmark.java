package tw.museum.catalog.loan.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tw.museum.catalog.artifact.ArtifactData;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.common.InvalidRecordException;
import tw.museum.catalog.loan.LoanApplication;
import tw.museum.catalog.loan.LoanReminderJob;
import tw.museum.catalog.loan.LoanService;
import tw.museum.catalog.loan.LoanView;
import tw.museum.catalog.loan.ObjectDecision;
import tw.museum.catalog.loan.ObjectReview;
import tw.museum.catalog.support.BenchmarkCatalogue;

/**
 * Loans under contention and the reminder job at scale, on PostgreSQL (a schema of its own, dropped after):
 * <ol>
 *   <li>{@code loans} applications, each for 3 of {@code objects} published artifacts with random 30–90-day
 *   periods in the coming year, reviewed by 4 concurrent "registrars" approving every object: reviews per
 *   second, how many were refused for overlaps, and a check in SQL that no two approved loans of one object
 *   overlap (the invariant the row locks keep).</li>
 *   <li>{@code out} loans out (inserted through JDBC) whose return dates spread over ±60 days: the time of one
 *   reminder run, and of a second run on the same day (which must send nothing).</li>
 * </ol>
 * <pre>
 * ./mvnw -q -o -pl catalog-core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp catalog-core/target/test-classes:catalog-core/target/classes:$(cat /tmp/cp.txt) \
 *      tw.museum.catalog.loan.bench.LoanBenchmark 400 40 5000
 * </pre>
 */
public final class LoanBenchmark {

    private LoanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int loans = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int objects = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int out = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        BenchmarkCatalogue.run(app -> {
            contention(app, loans, objects);
            reminders(app, out);
        });
    }

    private static void contention(ConfigurableApplicationContext app, int n, int objects) throws Exception {
        ArtifactService artifacts = app.getBean(ArtifactService.class);
        LoanService service = app.getBean(LoanService.class);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < objects; i++) {
            String number = "BENCH-" + i;
            artifacts.create(new ArtifactData(number, Bilingual.of("物件 " + i, null), null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null), ArtifactStatus.PUBLISHED);
            numbers.add(number);
        }
        Random random = new Random(42);
        LocalDate today = LocalDate.now(LoanService.MUSEUM_ZONE);
        List<String> loans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> pick = new ArrayList<>(numbers);
            Collections.shuffle(pick, random);
            LocalDate from = today.plusDays(1 + random.nextInt(365));
            loans.add(service.apply(new LoanApplication("館 " + i, null, "contact", "c@example.org", null, true, "b",
                    "展覽", null, "場地", null, null, null, pick.subList(0, 3), from, from.plusDays(30 + random.nextInt(61)),
                    null, null, "zh-TW", null)).number());
        }
        AtomicInteger approved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (String number : loans) {
            done.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("bench", null));
                LoanView v = service.get(number);
                try {
                    service.review(number, v.objects().stream().map(o -> new ObjectReview(o.objectNumber(),
                            ObjectDecision.APPROVED, null, null, BigDecimal.TEN, "TWD")).toList(), null, v.version());
                    approved.incrementAndGet();
                } catch (InvalidRecordException overlap) {
                    refused.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        Integer clashes = app.getBean(JdbcTemplate.class).queryForObject("""
                SELECT COUNT(*) FROM loan_object a JOIN loan la ON la.id = a.loan_id
                JOIN loan_object b ON b.artifact_id = a.artifact_id AND b.loan_id > a.loan_id
                JOIN loan lb ON lb.id = b.loan_id
                WHERE a.decision = 'APPROVED' AND b.decision = 'APPROVED'
                  AND la.period_from <= lb.period_to AND lb.period_from <= la.period_to""", Integer.class);
        System.out.printf(Locale.ROOT, "reviews: %d loans x 3 of %d objects, 4 threads: %.1f reviews/s (%.1f s), "
                + "%d approved, %d refused for overlap, overlapping approved pairs in the database: %d%n",
                n, objects, n / seconds, seconds, approved.get(), refused.get(), clashes);
    }

    private static void reminders(ConfigurableApplicationContext app, int n) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Long artifact = jdbc.queryForObject("SELECT MIN(id) FROM artifact", Long.class);
        LocalDate today = LocalDate.now(LoanService.MUSEUM_ZONE);
        Random random = new Random(7);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long id = jdbc.queryForObject("SELECT nextval('loan_seq')", Long.class);
            LocalDate due = today.plusDays(random.nextInt(121) - 60);
            jdbc.update("""
                    INSERT INTO loan (id, loan_number, language, institution, contact_name, contact_email, consent_at,
                      consent_version, exhibition_title, venue, period_from, period_to, status, departed_on,
                      created_at, updated_at, version)
                    VALUES (?, ?, 'zh-TW', '館', 'c', 'c@example.org', now(), 'b', '展', '場', ?, ?, 'ON_LOAN', ?, now(), now(), 0)""",
                    id, "LB-" + i, due.minusDays(120), due, due.minusDays(120));
            jdbc.update("INSERT INTO loan_object (id, loan_id, artifact_id, position, decision) VALUES (nextval('loan_object_seq'), ?, ?, 0, 'APPROVED')",
                    id, artifact);
        }
        System.out.printf(Locale.ROOT, "inserted %d loans out in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        LoanReminderJob job = app.getBean(LoanReminderJob.class);
        long t1 = System.nanoTime();
        int sent = job.run();
        double first = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        int again = job.run();
        double second = (System.nanoTime() - t2) / 1e9;
        System.out.printf(Locale.ROOT, "reminder job over %d loans out: first run %d reminders in %.2f s (%.1f ms/loan), "
                + "second run the same day %d reminders in %.2f s%n", n, sent, first, first * 1000 / n, again, second);
    }
}
