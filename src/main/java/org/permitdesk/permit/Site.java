package org.permitdesk.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A place permits are for: street address, parcel number (text, leading zeros kept), optional coordinates. */
@Entity
@Table(name = "site")
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
    @SequenceGenerator(name = "site_seq", sequenceName = "site_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 200)
    @Column(name = "address_line", nullable = false, length = 200)
    private String addressLine;

    @Column(name = "city", length = 80)
    private String city;

    @Column(name = "state", length = 2)
    private String state;

    @Column(name = "zip", length = 10)
    private String zip;

    @Column(name = "parcel_number", length = 40)
    private String parcelNumber;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Site() {
    }

    public Site(String addressLine, String city, String state, String zip, String parcelNumber,
                Double latitude, Double longitude) {
        this.addressLine = addressLine;
        this.city = city;
        this.state = state;
        this.zip = zip;
        this.parcelNumber = parcelNumber;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public Long getId() {
        return id;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getZip() {
        return zip;
    }

    public String getParcelNumber() {
        return parcelNumber;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    /** "123 Main St, Palm Valley, CA 92260" without the parts that are missing. */
    public String fullAddress() {
        StringBuilder text = new StringBuilder(addressLine);
        if (city != null && !city.isBlank()) {
            text.append(", ").append(city);
        }
        if (state != null && !state.isBlank()) {
            text.append(", ").append(state);
        }
        if (zip != null && !zip.isBlank()) {
            text.append(' ').append(zip);
        }
        return text.toString();
    }
}
