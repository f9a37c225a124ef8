package tw.museum.site.healthcheck;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names the caller for throttling wrong access codes: a hash of its address, so the attempts table holds
 * no IP addresses. Behind a reverse proxy, set server.forward-headers-strategy so the address is the client's.
 */
final class ClientKey {

    private ClientKey() {
    }

    static String of(HttpServletRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("hc-client:" + request.getRemoteAddr()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
