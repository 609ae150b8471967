package uk.ofstedextract.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import uk.ofstedextract.output.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** One JSON object: the policy, the summary, the rules as configured, each file's issues, the corpus's issues. */
public final class JsonFormat implements ValidationWriter {
    private static final ObjectMapper MAPPER = Json.mapper();

    @Override
    public void write(Validation v, Writer out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, tree(v));
        out.write('\n');
    }

    public static ObjectNode tree(Validation v) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("tool", v.tool());
        o.put("passed", v.passed());
        ObjectNode policy = o.putObject("policy");
        policy.put("failOn", v.policy().failOn().key());
        policy.putPOJO("minFiles", v.policy().minFiles());
        policy.putPOJO("maxFailureRate", v.policy().maxFailureRate());
        ObjectNode sum = o.putObject("summary");
        sum.put("files", v.files().size());
        sum.put("failingFiles", v.failingFiles());
        sum.put("failureRate", v.failureRate());
        sum.put("filesWithErrors", v.filesWith(Severity.ERROR));
        sum.put("filesWithWarnings", v.filesWith(Severity.WARNING));
        sum.put("errors", v.count(Severity.ERROR));
        sum.put("warnings", v.count(Severity.WARNING));
        sum.put("info", v.count(Severity.INFO));
        ObjectNode byRule = sum.putObject("byRule");
        v.countsByRule().forEach((r, n) -> byRule.put(r.id(), n));
        ArrayNode rules = o.putArray("rules");
        for (Rule r : Rule.values()) {
            rules.addObject().put("id", r.id()).put("defaultSeverity", r.defaultSeverity().key())
                    .put("severity", v.config().severity(r).map(Severity::key).orElse("off"))
                    .put("description", r.description());
        }
        ArrayNode files = o.putArray("files");
        for (FileResult f : v.files()) {
            ObjectNode fo = files.addObject().put("file", f.file()).put("type", f.type()).put("sha256", f.sha256())
                    .put("passed", !f.hasAtLeast(v.policy().failOn()));
            ArrayNode issues = fo.putArray("issues");
            f.issues().forEach(i -> issues.add(issue(i)));
        }
        ArrayNode corpus = o.putArray("corpus");
        v.corpusIssues().forEach(i -> corpus.add(issue(i)));
        return o;
    }

    private static ObjectNode issue(Issue i) {
        ObjectNode o = MAPPER.createObjectNode().put("rule", i.rule().id()).put("severity", i.severity().key());
        if (i.hasLocation()) {
            o.put("line", i.line()).put("column", i.column());
            o.putPOJO("offset", i.offset());
        }
        return o.put("message", i.message());
    }
}
