package tw.museum.importer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files written by real libraries for the import tests: JPEG with XMP, PDF, DOCX, a corrupt image. */
final class TestFiles {

    private TestFiles() {
    }

    /** A JPEG whose XMP packet (APP1) names the creator, the rights and the capture date. */
    static void jpegWithXmp(Path file, Color colour, String creator, String rights, String created) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        byte[] bytes = jpeg.toByteArray();
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                  xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
                  xmp:CreateDate="%3$s" photoshop:DateCreated="%3$s">
                <dc:creator><rdf:Seq><rdf:li>%1$s</rdf:li></rdf:Seq></dc:creator>
                <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">%2$s</rdf:li></rdf:Alt></dc:rights>
                </rdf:Description></rdf:RDF></x:xmpmeta>
                <?xpacket end="w"?>""".formatted(creator, rights, created);
        byte[] header = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
        byte[] packet = xmp.getBytes(StandardCharsets.UTF_8);
        int length = 2 + header.length + packet.length;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, 0, 2); // SOI
            out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
            out.write(header);
            out.write(packet);
            out.write(bytes, 2, bytes.length - 2);
        }
    }

    static void corruptJpeg(Path file) throws IOException {
        byte[] bytes = new byte[2000];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        for (int i = 3; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
    }

    static void pdf(Path file, String title, String author, String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setAuthor(author);
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text + " page " + (i + 1));
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
    }

    static void docx(Path file, String author, String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.getProperties().getCoreProperties().setCreator(author);
            document.createParagraph().createRun().setText(text);
            document.write(out);
        }
    }
}
