package tw.museum.importer.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tw.museum.catalog.common.FieldProblem;
import tw.museum.catalog.common.InvalidRecordException;

/**
 * A running museum's REST API ({@code /api/v1}) as the importer uses it: HTTP Basic as a cataloguer,
 * JSON in and out. A refused record (problem+json with field errors) becomes an
 * {@link InvalidRecordException} with the museum's own field problems, so it lands in the error file
 * exactly as a direct import's would.
 */
public final class MuseumApi {

    private final String base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    final ObjectMapper json = JsonMapper.builder().build();

    public MuseumApi(String baseUrl, String user, String password) {
        this.base = baseUrl.replaceAll("/+$", "") + "/api/v1";
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String segmentOf(String value) {
        return segment(value);
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GET; empty on 404. */
    public Optional<JsonNode> get(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(answer(response));
    }

    public JsonNode post(String path, Object body) {
        return answer(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build()));
    }

    public JsonNode put(String path, Object body) {
        return answer(send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build()));
    }

    public JsonNode postEmpty(String path) {
        return answer(send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build()));
    }

    /** Uploads a file as multipart/form-data (field "file"), streamed from disk. */
    public JsonNode upload(String path, Path file, String filename) {
        String boundary = "----museum-import-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename.replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        try {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
            return answer(send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(body).build()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ApiException(request.uri().toString(), 0, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(request.uri().toString(), 0, "interrupted");
        }
    }

    private JsonNode answer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        }
        JsonNode problem = null;
        try {
            problem = json.readTree(response.body());
        } catch (RuntimeException notJson) {
            // an HTML error page or nothing: reported by status below
        }
        if (status == 400 || status == 409 || status == 422) {
            java.util.List<FieldProblem> problems = new java.util.ArrayList<>();
            JsonNode errors = problem == null ? null : problem.get("errors");
            if (errors != null && errors.isArray()) {
                for (JsonNode e : errors) {
                    problems.add(FieldProblem.of(e.path("field").asString("record"), e.path("code").asString("invalid")));
                }
            }
            if (problems.isEmpty()) {
                problems.add(FieldProblem.of("record", status == 409 ? "changed-during-import" : "refused-by-museum"));
            }
            throw new InvalidRecordException(problems);
        }
        throw new ApiException(response.uri().toString(), status,
                problem != null && problem.has("detail") ? problem.get("detail").asString() : response.body());
    }
}
