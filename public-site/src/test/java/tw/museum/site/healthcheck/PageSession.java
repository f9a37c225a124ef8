package tw.museum.site.healthcheck;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like visitor over real HTTP: keeps its cookies (session, language) and sends forms with the
 * CSRF token of the last page it read, as a browser submitting that page's form would.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;
    private String csrf;

    public PageSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public record Page(int status, String body, String location) {
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Sends a form; pairs are name, value, name, value… (names may repeat, as for checkboxes). */
    public Page post(String path, List<String> pairs) {
        return post(path, pairs, true);
    }

    Page post(String path, List<String> pairs, boolean withCsrf) {
        List<String> all = new ArrayList<>(pairs);
        if (withCsrf && csrf != null) {
            all.add("_csrf");
            all.add(csrf);
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < all.size(); i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(all.get(i), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(all.get(i + 1), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A file for {@link #postMultipart}. */
    public record Upload(String field, String filename, byte[] content) {
    }

    /** Sends a multipart form (with the CSRF token of the last page), as a form with file inputs does. */
    public Page postMultipart(String path, List<String> pairs, List<Upload> files) {
        String boundary = "----hc" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        List<String> all = new ArrayList<>(pairs);
        if (csrf != null) {
            all.add("_csrf");
            all.add(csrf);
        }
        try {
            for (int i = 0; i + 1 < all.size(); i += 2) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + all.get(i)
                        + "\"\r\n\r\n" + all.get(i + 1) + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Upload f : files) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field()
                        + "\"; filename=\"" + f.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(f.content());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A download: status, type and the bytes as sent. */
    public record Download(int status, String contentType, byte[] bytes) {
    }

    /** Fetches a file (a CSV, a PDF) with the session's cookies. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a form (with the CSRF token of the last page) whose answer is a file, not a page. */
    Download postForFile(String path, List<String> pairs) {
        StringBuilder body = new StringBuilder();
        List<String> all = new ArrayList<>(pairs);
        if (csrf != null) {
            all.add("_csrf");
            all.add(csrf);
        }
        for (int i = 0; i + 1 < all.size(); i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(all.get(i), StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(all.get(i + 1), StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows a redirect answer to its page. */
    public Page follow(Page redirect) {
        String location = redirect.location();
        if (location.startsWith("http")) {
            location = URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? ""
                    : "?" + URI.create(location).getRawQuery());
        }
        return get(location);
    }

    public PageSession signIn(String username, String password) {
        get("/staff/login");
        Page answer = post("/staff/login", List.of("username", username, "password", password));
        if (answer.status() != 302 || answer.location().contains("error")) {
            throw new IllegalStateException("sign-in failed: " + answer);
        }
        return this;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        return pairs;
    }
}
