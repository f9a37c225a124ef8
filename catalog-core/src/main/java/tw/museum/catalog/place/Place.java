package tw.museum.catalog.place;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import tw.museum.catalog.common.Bilingual;

/** A place of the authority file (production places), with an optional broader place. */
@Entity
public class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_seq")
    @SequenceGenerator(name = "place_seq", sequenceName = "place_seq", allocationSize = 50)
    private Long id;

    private String nameZh;
    private String nameEn;

    @ManyToOne(fetch = FetchType.LAZY)
    private Place parent;

    private Double latitude;
    private Double longitude;
    private boolean retired;

    @Version
    private long version;

    protected Place() {
    }

    public static Place create() {
        return new Place();
    }

    void apply(PlaceData data, Place parent) {
        this.nameZh = data.name().zh();
        this.nameEn = data.name().en();
        this.parent = parent;
        this.latitude = data.latitude();
        this.longitude = data.longitude();
    }

    void retire() {
        this.retired = true;
    }

    public Long getId() {
        return id;
    }

    public Bilingual getName() {
        return new Bilingual(nameZh, nameEn);
    }

    public Place getParent() {
        return parent;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getVersion() {
        return version;
    }
}
