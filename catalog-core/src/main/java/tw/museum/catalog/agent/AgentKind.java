package tw.museum.catalog.agent;

public enum AgentKind {
    PERSON, ORGANIZATION
}
