package tw.museum.site.document.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.condition.ConditionCheckView;
import tw.museum.catalog.condition.ConditionContext;
import tw.museum.catalog.condition.ConditionGrade;
import tw.museum.catalog.condition.ConditionPhotoView;
import tw.museum.catalog.condition.ConditionSubject;
import tw.museum.catalog.condition.DamageView;
import tw.museum.catalog.condition.RiskLevel;
import tw.museum.catalog.condition.Urgency;
import tw.museum.catalog.healthcheck.ServiceKind;
import tw.museum.catalog.vocabulary.TermRef;
import tw.museum.site.document.CjkFont;
import tw.museum.site.document.DocumentImages;
import tw.museum.site.document.EnglishText;
import tw.museum.site.document.Letterhead;
import tw.museum.site.document.PdfDocuments;
import tw.museum.site.healthcheck.HealthCheckDocuments.ObjectPage;
import tw.museum.site.healthcheck.HealthCheckDocuments.Photo;

/**
 * How long a health-check report takes to render and how big it gets: the real report template, the real
 * bundles and font, N objects with two photo-like 2400x1800 JPEGs each (scaled to print size as in the
 * application). Prints mean and median of the measured runs after warm-up runs.
 *
 * <pre>
 * ./mvnw -q -o -pl public-site -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp "public-site/target/test-classes:public-site/target/classes:catalog-core/target/classes:$(cat /tmp/cp.txt)" \
 *      tw.museum.site.document.bench.PdfReportBenchmark [objects=10] [runs=10]
 * </pre>
 */
public final class PdfReportBenchmark {

    private PdfReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int objects = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/healthcheck", "i18n/foundations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        PdfDocuments pdf = new PdfDocuments(engine,
                new CjkFont("", ""), new Letterhead(""));
        DocumentImages images = new DocumentImages();

        Path dir = Files.createTempDirectory("pdf-bench");
        List<ObjectPage> pages = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 1; i <= objects; i++) {
            List<Photo> photos = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                Path file = dir.resolve("photo-" + i + "-" + p + ".jpg");
                ImageIO.write(photoLike(2400, 1800, random), "jpg", file.toFile());
                photos.add(new Photo(images.photo(file), Bilingual.of("箭頭處為龜裂", "arrow: crack")));
            }
            pages.add(new ObjectPage(i, check(i), photos));
        }
        Map<String, Object> model = Map.of("caseNumber", "HC-2026-0042", "services",
                EnumSet.of(ServiceKind.HEALTH_CHECK, ServiceKind.CONDITION_REPORT), "onSite", true,
                "examinedOn", "2026-11-20", "reportNumber", "HC-2026-0042-R1", "issuedOn", "2026-11-24",
                "objects", pages, "en", new EnglishText(messages));

        int warmup = 3;
        long[] millis = new long[runs];
        int size = 0;
        for (int r = -warmup; r < runs; r++) {
            long start = System.nanoTime();
            byte[] bytes = pdf.render("healthcheck-report", model, Locale.TRADITIONAL_CHINESE);
            long took = (System.nanoTime() - start) / 1_000_000;
            if (r >= 0) {
                millis[r] = took;
                size = bytes.length;
            }
        }
        Arrays.sort(millis);
        double mean = Arrays.stream(millis).average().orElse(0);
        System.out.printf(Locale.ROOT, "objects=%d photos=%d runs=%d mean=%.0f ms median=%d ms min=%d ms max=%d ms pdf=%d KiB%n",
                objects, objects * 2, runs, mean, millis[runs / 2], millis[0], millis[runs - 1], size / 1024);
    }

    private static ConditionCheckView check(int i) {
        return new ConditionCheckView(i, 0, ConditionSubject.caseObject(1, i), ConditionContext.HEALTH_CHECK,
                "HC-2026-0042", LocalDate.of(2026, 11, 20), "保存師 王", Bilingual.of("木雕神像 " + i, "Carved deity " + i),
                "雕塑", 1, Bilingual.of("清代", "Qing dynasty"), Bilingual.of("廟方世代傳承", "Handed down in the temple"),
                Bilingual.of("木、漆、金箔", "wood, lacquer, gold leaf"), "高 60 × 寬 25 × 深 20 公分", ConditionGrade.FAIR,
                Bilingual.of("整體結構穩定，表面彩繪多處剝落，底座有蟲孔與木屑。", "Stable; paint flaking in places; exit holes in the base."),
                List.of(new DamageView(new TermRef("condition", "flaking-paint", Bilingual.of("彩繪剝落", "Flaking paint")),
                                Bilingual.of("右袖", "right sleeve")),
                        new DamageView(new TermRef("condition", "insect-damage", Bilingual.of("蟲蛀", "Insect damage")),
                                Bilingual.of("底座", "base"))),
                Bilingual.of("香煙燻黑、濕度變化、白蟻", null), RiskLevel.MEDIUM, Urgency.WITHIN_YEAR,
                Bilingual.of("清潔煙燻，加固彩繪，底座燻蒸除蟲。", "Clean soot, consolidate paint, fumigate the base."),
                Bilingual.empty(), List.<ConditionPhotoView>of(), Instant.now(), "bench", Instant.now(), "bench");
    }

    /** Gradients, shapes and noise: compresses like a photograph, not like a flat test card. */
    private static BufferedImage photoLike(int w, int h, Random random) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(120, 80, 40), w, h, new Color(200, 170, 120)));
        g.fillRect(0, 0, w, h);
        for (int s = 0; s < 300; s++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            g.fillOval(random.nextInt(w), random.nextInt(h), 40 + random.nextInt(400), 40 + random.nextInt(400));
        }
        g.dispose();
        for (int n = 0; n < w * h / 8; n++) {
            int x = random.nextInt(w);
            int y = random.nextInt(h);
            image.setRGB(x, y, image.getRGB(x, y) ^ (random.nextInt(0x20) * 0x010101));
        }
        return image;
    }
}
