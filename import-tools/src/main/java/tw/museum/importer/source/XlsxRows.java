package tw.museum.importer.source;

import tw.museum.catalog.common.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rows of the first sheet of an .xlsx workbook (or the sheet named in the mapping), read as a stream
 * of XML with StAX: a sheet of a hundred thousand rows never sits in memory, only its shared strings do.
 * The first row names the columns; each later row becomes a record keyed by those names, its cells
 * formatted as the spreadsheet shows them (so 1965 is "1965", not "1965.0", and dates keep their format).
 */
final class XlsxRows extends LookaheadRecords {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final OPCPackage workbook;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final DataFormatter formatter = new DataFormatter();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> header = new ArrayList<>();

    XlsxRows(Path file, String sheetName) {
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new UnreadableSourceException(e, "source.notXlsx", file.getFileName(), e.getMessage());
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            strings = new ReadOnlySharedStringsTable(workbook, false);
            styles = reader.getStylesTable();
            sheet = openSheet(reader, sheetName, file);
            xml = SafeXml.inputFactory().createXMLStreamReader(sheet);
            List<String> names = readRow().cells();
            if (names == null) {
                throw new UnreadableSourceException("source.emptySheet", file.getFileName());
            }
            names.forEach(n -> header.add(n == null ? "" : n.strip()));
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException e) {
            close();
            throw new UnreadableSourceException(e, "source.notXlsx", file.getFileName(), e.getMessage());
        }
    }

    private static InputStream openSheet(XSSFReader reader, String sheetName, Path file)
            throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<String> seen = new ArrayList<>();
        while (sheets.hasNext()) {
            InputStream in = sheets.next();
            if (sheetName == null || sheetName.equals(sheets.getSheetName())) {
                return in;
            }
            seen.add(sheets.getSheetName());
            in.close();
        }
        throw new UnreadableSourceException("source.noSheet", file.getFileName(), sheetName, String.join(", ", seen));
    }

    private record Row(long number, List<String> cells) {
    }

    /** The next {@code <row>}, its cells placed by their column letters (blank cells are simply absent). */
    private Row readRow() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                String r = xml.getAttributeValue(null, "r");
                long number = r == null ? -1 : Long.parseLong(r);
                List<String> cells = new ArrayList<>();
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                        String ref = xml.getAttributeValue(null, "r");
                        int column = ref == null ? cells.size() : new CellReference(ref).getCol();
                        String value = cell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                        while (cells.size() <= column) {
                            cells.add(null);
                        }
                        cells.set(column, value);
                    } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                        return new Row(number, cells);
                    }
                }
            }
        }
        return new Row(-1, null);
    }

    /** Reads one {@code <c>} up to its end, and formats its value as the spreadsheet shows it. */
    private String cell(String type, String style) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        int depth = 1;
        String inside = null;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                inside = xml.getLocalName();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                inside = null;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if ("v".equals(inside)) {
                    value.append(xml.getText());
                } else if ("t".equals(inside)) {
                    inline.append(xml.getText());
                }
            }
        }
        String v = value.toString();
        if ("s".equals(type)) {
            return v.isEmpty() ? null : strings.getItemAt(Integer.parseInt(v)).getString();
        }
        if ("inlineStr".equals(type)) {
            return inline.toString();
        }
        if ("b".equals(type)) {
            return "1".equals(v) ? "TRUE" : "FALSE";
        }
        if ("str".equals(type) || "e".equals(type) || v.isEmpty()) {
            return v.isEmpty() ? null : v;
        }
        if (style != null && styles != null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            if (cellStyle != null) {
                String format = cellStyle.getDataFormatString();
                return formatter.formatRawCellContents(Double.parseDouble(v), cellStyle.getDataFormat(),
                        format == null ? "General" : format);
            }
        }
        return formatter.formatRawCellContents(Double.parseDouble(v), 0, "General");
    }

    @Override
    protected SourceRecord fetch() {
        while (true) {
            Row row;
            try {
                row = readRow();
            } catch (XMLStreamException e) {
                throw new UnreadableSourceException(e, "source.notXlsx", "", e.getMessage());
            }
            if (row.cells() == null) {
                return null;
            }
            if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                continue; // spreadsheets end with rows that were formatted once and never filled
            }
            ObjectNode record = json.createObjectNode();
            for (int i = 0; i < row.cells().size(); i++) {
                String name = i < header.size() && !header.get(i).isEmpty() ? header.get(i) : CellReference.convertNumToColString(i);
                if (row.cells().get(i) != null) {
                    record.put(name, row.cells().get(i));
                }
            }
            return new SourceRecord(row.number(), record);
        }
    }

    @Override
    public void close() {
        try {
            if (xml != null) {
                xml.close();
            }
            if (sheet != null) {
                sheet.close();
            }
        } catch (XMLStreamException | IOException ignored) {
            // read-only: nothing to lose
        }
        if (workbook != null) {
            workbook.revert(); // opened read-only: never write the workbook back
        }
    }
}
