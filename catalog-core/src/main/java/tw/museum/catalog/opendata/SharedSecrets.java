package tw.museum.catalog.opendata;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Random secrets that every application node must share (a key signing tokens one node hands out and
 * another accepts). The first node to ask creates it; a node losing that race reads the winner's.
 */
@Component
public class SharedSecrets {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SharedSecrets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The secret of that name, 32 random bytes, created on first use. */
    public byte[] secret(String name) {
        return read(name).orElseGet(() -> {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            try {
                jdbc.sql("INSERT INTO shared_secret (name, secret, created_at) VALUES (?, ?, ?)")
                        .params(name, Base64.getEncoder().encodeToString(fresh), Timestamp.from(clock.instant()))
                        .update();
                return fresh;
            } catch (DataIntegrityViolationException raced) {
                return read(name).orElseThrow(() -> raced);
            }
        });
    }

    private Optional<byte[]> read(String name) {
        return jdbc.sql("SELECT secret FROM shared_secret WHERE name = ?").param(name)
                .query(String.class).optional().map(Base64.getDecoder()::decode);
    }
}
