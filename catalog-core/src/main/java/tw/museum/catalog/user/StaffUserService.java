package tw.museum.catalog.user;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.museum.catalog.audit.AuditAction;
import tw.museum.catalog.audit.AuditLog;
import tw.museum.catalog.common.Checks;

/** Staff accounts. Passwords are kept only as hashes. */
@Service
@Transactional
public class StaffUserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final int MIN_PASSWORD_LENGTH = 10;

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    public StaffUserService(StaffUserRepository users, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<StaffUser> find(String username) {
        return users.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    public StaffUserView create(String username, String password, String displayName, Set<StaffRole> roles) {
        Checks checks = new Checks().require("username", username).require("displayName", displayName);
        if (username != null && !USERNAME.matcher(username).matches()) {
            checks.add("username", "username-format");
        } else if (username != null && users.existsByUsername(username)) {
            checks.add("username", "duplicate", username);
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            checks.add("password", "password-too-short", MIN_PASSWORD_LENGTH);
        }
        if (roles == null || roles.isEmpty()) {
            checks.add("roles", "required");
        }
        checks.throwIfAny();
        StaffUser user = users.saveAndFlush(new StaffUser(username, passwordEncoder.encode(password), displayName,
                roles, clock.instant()));
        StaffUserView view = StaffUserView.of(user);
        audit.record("staff-user", username, AuditAction.CREATE, null, view);
        return view;
    }
}
