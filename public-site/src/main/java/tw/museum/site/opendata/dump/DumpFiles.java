package tw.museum.site.opendata.dump;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;
import tw.museum.catalog.artifact.ArtifactHarvest;
import tw.museum.catalog.artifact.HarvestCursor;
import tw.museum.catalog.artifact.HarvestQuery;
import tw.museum.catalog.artifact.HarvestRecord;
import tw.museum.site.opendata.OpenDataProperties;
import tw.museum.site.opendata.OpenDataTexts;
import tw.museum.site.opendata.PublicLinks;
import tw.museum.site.opendata.XmlStream;
import tw.museum.site.opendata.lido.LidoWriter;

/**
 * The bulk dump of the published collection under {@code museum.data-dir/opendata}: CSV, JSON, XML
 * and LIDO, written in one pass over the catalogue page by page (memory stays flat), each into a
 * temporary file that then replaces the served one atomically, so a download never sees half a file.
 * dataset.json is written last and marks a complete dump.
 */
@Component
public class DumpFiles {

    private final ArtifactHarvest harvest;
    private final OpenDataRecords records;
    private final LidoWriter lido;
    private final OpenDataTexts texts;
    private final OpenDataProperties properties;
    private final PublicLinks links;
    private final JsonMapper json;
    private final XmlMapper xml = XmlMapper.builder().build();
    private final Clock clock;
    private final Path dir;
    /** One generation at a time in this node; another node writes its own folder or waits its turn. */
    private final ReentrantLock generating = new ReentrantLock();

    public DumpFiles(ArtifactHarvest harvest, OpenDataRecords records, LidoWriter lido, OpenDataTexts texts,
                     OpenDataProperties properties, PublicLinks links, JsonMapper json, Clock clock,
                     @Value("${museum.data-dir}") Path dataDir) {
        this.harvest = harvest;
        this.records = records;
        this.lido = lido;
        this.texts = texts;
        this.properties = properties;
        this.links = links;
        this.json = json;
        this.clock = clock;
        this.dir = dataDir.resolve("opendata");
    }

    /** The served file, generating the dump first if there is none yet. */
    public Path file(DumpFile file) {
        if (!Files.exists(dir.resolve(DumpFile.DATASET.filename()))) {
            generating.lock();
            try {
                if (!Files.exists(dir.resolve(DumpFile.DATASET.filename()))) {
                    generate();
                }
            } finally {
                generating.unlock();
            }
        }
        return dir.resolve(file.filename());
    }

    /** Writes the whole dump again; returns how many records it holds. */
    public long generate() {
        generating.lock();
        try {
            Files.createDirectories(dir);
            Map<DumpFile, Path> temp = new EnumMap<>(DumpFile.class);
            for (DumpFile f : DumpFile.values()) {
                temp.put(f, Files.createTempFile(dir, f.name().toLowerCase(), ".part"));
            }
            long count;
            try {
                count = writeRecords(temp);
                writeDataset(temp, count);
                for (DumpFile f : DumpFile.values()) {
                    move(temp.get(f), dir.resolve(f.filename()));
                }
            } finally {
                for (Path p : temp.values()) {
                    Files.deleteIfExists(p);
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            generating.unlock();
        }
    }

    private long writeRecords(Map<DumpFile, Path> temp) throws IOException {
        long count = 0;
        try (OutputStream csvOut = out(temp.get(DumpFile.CSV));
             Writer csvText = new OutputStreamWriter(csvOut, StandardCharsets.UTF_8);
             OutputStream jsonOut = out(temp.get(DumpFile.JSON));
             JsonGenerator jsonGen = json.createGenerator(jsonOut);
             OutputStream xmlOut = out(temp.get(DumpFile.XML));
             OutputStream lidoOut = out(temp.get(DumpFile.LIDO))) {
            CsvWriter csv = new CsvWriter(csvText);
            jsonGen.writeStartArray();
            xmlOut.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<artifacts>\n".getBytes(StandardCharsets.UTF_8));
            OutputStream xmlRecords = new KeepOpen(xmlOut);
            XmlStream lidoXml = XmlStream.document(lidoOut);
            lido.startWrap(lidoXml);
            HarvestCursor after = null;
            while (true) {
                List<HarvestRecord> page = harvest.page(HarvestQuery.published(), after, properties.exportBatchSize(), true);
                for (HarvestRecord r : page) {
                    OpenDataRecord record = records.of(r.view());
                    csv.write(record);
                    json.writeValue(jsonGen, record);
                    xml.writeValue(xmlRecords, record);
                    xmlOut.write('\n');
                    lido.write(lidoXml, r.view(), false);
                    count++;
                }
                if (page.size() < properties.exportBatchSize()) {
                    break;
                }
                after = page.get(page.size() - 1).cursor();
            }
            jsonGen.writeEndArray();
            xmlOut.write("</artifacts>\n".getBytes(StandardCharsets.UTF_8));
            lidoXml.end();
            lidoXml.close();
            csvText.flush();
        }
        return count;
    }

    private void writeDataset(Map<DumpFile, Path> temp, long count) throws IOException {
        List<DatasetDescription.Distribution> distributions = new ArrayList<>();
        for (DumpFile f : DumpFile.values()) {
            if (f != DumpFile.DATASET) {
                distributions.add(new DatasetDescription.Distribution(links.base() + "/opendata/" + f.filename(),
                        f.mediaType(), texts.both(f.descriptionKey()), Files.size(temp.get(f))));
            }
        }
        List<DatasetDescription.Field> fields = Arrays.stream(CsvColumn.values())
                .map(c -> new DatasetDescription.Field(c.header(), texts.both("opendata.field." + c.header())))
                .toList();
        DatasetDescription description = new DatasetDescription(properties.repositoryIdentifier() + "-collection",
                texts.both("opendata.dataset.title"), texts.both("opendata.dataset.description"), texts.museumName(),
                new DatasetDescription.Licence(properties.licence().name(), texts.both(properties.licence().messageKey()),
                        properties.licence().url()),
                texts.both("opendata.dataset.updateFrequency"), clock.instant(), count, distributions, fields);
        try (OutputStream out = out(temp.get(DumpFile.DATASET))) {
            json.writerWithDefaultPrettyPrinter().writeValue(out, description);
        }
    }

    private static OutputStream out(Path path) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Jackson closes the stream it writes a value to; the XML dump writes many values to one stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
