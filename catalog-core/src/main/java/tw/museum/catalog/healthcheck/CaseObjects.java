package tw.museum.catalog.healthcheck;

/** What the requester said about the objects to examine. */
public record CaseObjects(int count, String description, String materials, String approximateAge, String size) {

    static CaseObjects of(HealthCheckCase c) {
        return new CaseObjects(c.getObjectCount(), c.getObjectDescription(), c.getObjectMaterials(),
                c.getObjectAge(), c.getObjectSize());
    }
}
