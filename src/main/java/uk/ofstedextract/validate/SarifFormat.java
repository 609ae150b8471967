package uk.ofstedextract.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import uk.ofstedextract.output.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import uk.ofstedextract.Extractor;

/**
 * SARIF 2.1.0, as code-scanning interfaces read it: one run whose tool lists every rule (id, name,
 * description, default level), the rule configuration this run overrides, one artifact per file
 * (with its SHA-256), and one result per issue with the configured level and a physical location
 * (the file, and the line and column; line 1 for issues about the whole file). Corpus issues have
 * no location. Levels: error, warning, and note for info.
 */
public final class SarifFormat implements ValidationWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = Json.mapper();

    @Override
    public void write(Validation v, Writer out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, tree(v));
        out.write('\n');
    }

    public static ObjectNode tree(Validation v) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "ofsted-extract");
        driver.put("version", Extractor.toolVersion());
        ArrayNode rules = driver.putArray("rules");
        for (Rule r : Rule.values()) {
            ObjectNode d = rules.addObject();
            d.put("id", r.id());
            d.put("name", name(r));
            d.putObject("shortDescription").put("text", r.description());
            d.putObject("fullDescription").put("text", r.description());
            d.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
            d.putObject("help").put("text", "See the rule '" + r.id() + "' in docs/validate.md of ofsted-extract.");
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode overrides = invocation.putArray("ruleConfigurationOverrides");
        for (Rule r : Rule.values()) {
            boolean enabled = v.config().enabled(r);
            Severity sev = v.config().severity(r).orElse(r.defaultSeverity());
            if (!enabled || sev != r.defaultSeverity()) {
                ObjectNode o = overrides.addObject();
                o.putObject("descriptor").put("id", r.id()).put("index", r.ordinal());
                o.putObject("configuration").put("enabled", enabled).put("level", level(sev));
            }
        }
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode artifacts = run.putArray("artifacts");
        Map<String, Integer> artifactIndex = new HashMap<>();
        for (FileResult f : v.files()) {
            if (artifactIndex.containsKey(f.file())) {
                continue;
            }
            artifactIndex.put(f.file(), artifacts.size());
            ObjectNode a = artifacts.addObject();
            a.putObject("location").put("uri", uri(f.file()));
            if (f.sha256() != null) {
                a.putObject("hashes").put("sha-256", f.sha256());
            }
        }
        ArrayNode results = run.putArray("results");
        for (FileResult f : v.files()) {
            for (Issue i : f.issues()) {
                ObjectNode res = result(results, i);
                ObjectNode loc = res.putArray("locations").addObject().putObject("physicalLocation");
                loc.putObject("artifactLocation").put("uri", uri(f.file())).put("index", artifactIndex.get(f.file()));
                loc.putObject("region").put("startLine", i.line()).put("startColumn", i.column());
            }
        }
        for (Issue i : v.corpusIssues()) {
            result(results, i);
        }
        return root;
    }

    private static ObjectNode result(ArrayNode results, Issue i) {
        ObjectNode res = results.addObject();
        res.put("ruleId", i.rule().id());
        res.put("ruleIndex", i.rule().ordinal());
        res.put("level", level(i.severity()));
        res.putObject("message").put("text", i.message());
        return res;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** "text-mojibake" gives "TextMojibake". */
    static String name(Rule r) {
        StringBuilder sb = new StringBuilder();
        for (String part : r.id().split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    /** A relative path as a relative URI reference (forward slashes, percent-encoded); an absolute one as file:. */
    static String uri(String file) {
        if (file.equals("-")) {
            return "stdin";
        }
        Path p = Path.of(file);
        if (p.isAbsolute()) {
            return p.toUri().toString();
        }
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return file;
        }
    }
}
