package tw.museum.site.opendata.dump;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.site.api.JsonApi;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.site.opendata.XmlStream;
import tw.museum.site.opendata.lido.LidoWriter;
import tw.museum.site.security.AdministratorsOnly;

/**
 * The open data downloads: the bulk dump files (served as generated, never built per request), a
 * single record as LIDO, and a manual regeneration for administrators.
 */
@RestController
@JsonApi
class DumpController {

    private final DumpFiles files;
    private final ArtifactService artifacts;
    private final LidoWriter lido;

    DumpController(DumpFiles files, ArtifactService artifacts, LidoWriter lido) {
        this.files = files;
        this.artifacts = artifacts;
        this.lido = lido;
    }

    @GetMapping("/opendata/{filename:.+}")
    ResponseEntity<Resource> download(@PathVariable String filename) {
        return DumpFile.named(filename)
                .map(f -> {
                    Path path = files.file(f);
                    return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType()))
                            .header("Content-Disposition", f == DumpFile.DATASET ? "inline"
                                    : "attachment; filename=\"" + f.filename() + "\"")
                            .<Resource>body(new FileSystemResource(path));
                })
                .orElse(ResponseEntity.notFound().build());
    }

    /** One published record as a LIDO document; drafts and withdrawn records are not found. */
    @GetMapping("/opendata/lido/{objectNumber}")
    ResponseEntity<byte[]> lido(@PathVariable String objectNumber) {
        return artifacts.findPublished(objectNumber)
                .map(view -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (XmlStream xml = XmlStream.document(out)) {
                        lido.startWrap(xml);
                        lido.write(xml, view, false);
                        xml.end();
                    }
                    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toByteArray());
                })
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping(path = "/api/v1/opendata/regenerate", produces = MediaType.APPLICATION_JSON_VALUE)
    @AdministratorsOnly
    Map<String, Long> regenerate() {
        return Map.of("records", files.generate());
    }
}
