package tw.museum.site.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a free port so parallel builds on one machine
 * never collide. One per JVM: the application context that sends to it is cached across test classes.
 */
public final class TestMailServer {

    private static final int PORT = freePort();
    private static GreenMail server = start();

    private TestMailServer() {
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static GreenMail start() {
        // a fixed port for the JVM, so the server can go down and come back where the museum sends
        GreenMail started = new GreenMail(new com.icegreen.greenmail.util.ServerSetup(PORT, "127.0.0.1", "smtp"));
        started.start();
        return started;
    }

    public static int port() {
        return PORT;
    }

    /** The mail server goes down: connections are refused until {@link #restart()}. */
    public static synchronized void stop() {
        server.stop();
    }

    /** The mail server is back, empty. */
    public static synchronized void restart() {
        server = start();
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
            found = Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
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

    /** The messages sent to {@code address}, once one of them holds {@code text} (waiting up to 15 s for it). */
    public static List<MimeMessage> toContaining(String address, String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<MimeMessage> found;
        do {
            found = to(address, 0, Duration.ZERO);
            if (found.stream().anyMatch(m -> text(m).contains(text))) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        return found;
    }

    public static String text(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
