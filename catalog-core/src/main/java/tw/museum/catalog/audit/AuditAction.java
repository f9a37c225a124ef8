package tw.museum.catalog.audit;

public enum AuditAction {
    CREATE, UPDATE, PUBLISH, WITHDRAW, RETIRE, DELETE, DEACCESSION
}
