package tw.museum.site.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a free port so parallel builds on one machine
 * never collide. One per JVM: the application context that sends to it is cached across test classes.
 */
public final class TestMailServer {

    private static final GreenMail SERVER = start();

    private TestMailServer() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** Every message sent to {@code address} so far, waiting up to a few seconds for {@code atLeast} of them. */
    public static List<MimeMessage> to(String address, int atLeast) {
        return to(address, atLeast, Duration.ofSeconds(5));
    }

    /** As above with a shorter wait, for checking that no (further) message comes. */
    public static List<MimeMessage> to(String address, int atLeast, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<MimeMessage> found;
        do {
            found = Arrays.stream(SERVER.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
            if (found.size() >= atLeast) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        return found;
    }

    private static boolean sentTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    public static String text(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
