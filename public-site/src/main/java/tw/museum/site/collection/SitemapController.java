package tw.museum.site.collection;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;
import tw.museum.catalog.artifact.ArtifactFilter;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.conservation.StorySummary;
import tw.museum.catalog.conservation.TreatmentStoryService;
import tw.museum.catalog.exhibition.ExhibitionService;
import tw.museum.catalog.exhibition.ExhibitionSummary;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.learning.UnitSummary;
import org.springframework.web.util.UriUtils;

/**
 * {@code /sitemap.xml}: every published object page, learning unit, exhibition and conservation story. Written to the response a batch at a time from the
 * catalogue, so a large collection is never held in memory; drafts and withdrawn records are not listed.
 */
@Controller
public class SitemapController {

    private static final int BATCH = 500;
    /** The sitemap protocol's limit per file. */
    private static final int MAX_URLS = 50_000;

    private final ArtifactService artifacts;
    private final PublicLinks links;
    private final LearningUnitService learningUnits;
    private final ExhibitionService exhibitions;
    private final TreatmentStoryService stories;

    public SitemapController(ArtifactService artifacts, PublicLinks links, LearningUnitService learningUnits,
                             ExhibitionService exhibitions, TreatmentStoryService stories) {
        this.exhibitions = exhibitions;
        this.stories = stories;
        this.artifacts = artifacts;
        this.links = links;
        this.learningUnits = learningUnits;
    }

    @GetMapping("/sitemap.xml")
    public void sitemap(HttpServletResponse response) throws IOException {
        String base = links.base(); // read while the request is still the current one
        response.setContentType("application/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(out, base + "/", null);
        url(out, base + "/objects", null);
        url(out, base + "/learn", null);
        int written = 0;
        // published learning units only: drafts and units not yet due are not listed
        for (UnitSummary u : learningUnits.listPublished(null, null)) {
            url(out, base + "/learn/" + UriUtils.encodePathSegment(u.slug(), StandardCharsets.UTF_8), null);
            written++;
        }
        // published exhibitions and conservation stories of published objects only
        url(out, base + "/exhibitions", null);
        for (ExhibitionSummary e : exhibitions.listPublished(null)) {
            url(out, base + "/exhibitions/" + UriUtils.encodePathSegment(e.number(), StandardCharsets.UTF_8), null);
            written++;
        }
        url(out, base + "/conservation", null);
        for (StorySummary s : stories.listPublished()) {
            url(out, base + "/conservation/" + s.id(), null);
            written++;
        }
        Page<PublicArtifactView> page;
        int number = 0;
        do {
            page = artifacts.listPublished(ArtifactFilter.none(), PageRequest.of(number++, BATCH, Sort.by("id")));
            for (PublicArtifactView a : page.getContent()) {
                if (written++ >= MAX_URLS) {
                    break;
                }
                url(out, base + PublicLinks.objectPath(a.objectNumber()),
                        a.updatedAt() == null ? null : a.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
            }
            out.flush();
        } while (page.hasNext() && written < MAX_URLS);
        out.write("</urlset>\n");
    }

    private static void url(Writer out, String loc, String lastmod) throws IOException {
        out.write("  <url><loc>" + HtmlUtils.htmlEscape(loc) + "</loc>");
        if (lastmod != null) {
            out.write("<lastmod>" + lastmod + "</lastmod>");
        }
        out.write("</url>\n");
    }
}
