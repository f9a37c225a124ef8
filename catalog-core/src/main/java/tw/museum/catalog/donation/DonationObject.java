package tw.museum.catalog.donation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import tw.museum.catalog.media.StoredFile;

/** One offered object; {@code objectNumber} is set when it is accessioned. */
@Entity
@Table(name = "donation_object")
public class DonationObject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "donation_object_seq")
    @SequenceGenerator(name = "donation_object_seq", sequenceName = "donation_object_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private DonationOffer offer;

    private int position;
    private String title;
    private String description;
    private String history;
    private String dateMade;
    private String objectNumber;

    @OneToMany(mappedBy = "object", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<DonationPhoto> photos = new ArrayList<>();

    protected DonationObject() {
    }

    DonationObject(DonationOffer offer, int position, OfferedObject o) {
        this.offer = offer;
        this.position = position;
        this.title = o.title().strip();
        this.description = o.description().strip();
        this.history = o.history() == null || o.history().isBlank() ? null : o.history().strip();
        this.dateMade = o.dateMade() == null || o.dateMade().isBlank() ? null : o.dateMade().strip();
    }

    void addPhoto(StoredFile file) {
        photos.add(new DonationPhoto(this, file));
    }

    void accessioned(String number) {
        this.objectNumber = number;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getHistory() { return history; }
    public String getDateMade() { return dateMade; }
    public String getObjectNumber() { return objectNumber; }
    public List<DonationPhoto> getPhotos() { return photos; }
}
