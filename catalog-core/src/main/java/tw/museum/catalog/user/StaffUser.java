package tw.museum.catalog.user;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A member of staff who signs in to the workspace or calls the API. */
@Entity
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
    private Long id;

    private String username;
    private String passwordHash;
    private String displayName;
    /** Comma-separated role names: a handful of values, not worth a join table. */
    private String roles;
    private boolean enabled;
    private Instant createdAt;

    @Version
    private long version;

    protected StaffUser() {
    }

    StaffUser(String username, String passwordHash, String displayName, Set<StaffRole> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<StaffRole> getRoles() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(StaffRole.class);
        }
        return Arrays.stream(roles.split(",")).map(StaffRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }

    public boolean isEnabled() {
        return enabled;
    }
}
