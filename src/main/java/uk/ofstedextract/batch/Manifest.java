package uk.ofstedextract.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ofstedextract.BuildInfo;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.nlp.Models;
import uk.ofstedextract.output.Json;
import uk.ofstedextract.report.Report;

/**
 * The run manifest ({@code --manifest FILE}): what a researcher cites to make a dataset
 * reproducible. Tool and schema versions, the OpenNLP library and model files, the options, start and
 * end time, counts, every input with its SHA-256, and the errors. Inputs are written as they are
 * handed over, so the manifest of a run over any number of files takes no more memory than one entry.
 */
public final class Manifest implements AutoCloseable {
    public static final String FORMAT = "ofsted-extract-manifest/1";

    private final JsonGenerator json;
    private final Instant started;

    /** Starts the manifest: everything known before the first input. */
    public Manifest(Writer out, Map<String, Object> options, Instant started) throws IOException {
        this.started = started;
        this.json = Json.mapper().getFactory().createGenerator(out).useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("manifest", FORMAT);
        json.writeStringField("tool", "ofsted-extract");
        json.writeStringField("version", Extractor.toolVersion());
        json.writeStringField("commit", BuildInfo.commit());
        json.writeStringField("schema", Report.SCHEMA);
        json.writeObjectField("models", models());
        json.writeStringField("java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        json.writeObjectField("options", options);
        json.writeStringField("started", started.toString());
        json.writeArrayFieldStart("inputs");
    }

    /** The OpenNLP library version and the model files the tool reads (their names carry their versions). */
    static Map<String, Object> models() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("opennlp", opennlp.tools.util.Version.currentVersion().toString());
        m.put("sentence", Models.SENTENCE);
        m.put("tokens", Models.TOKENS);
        m.put("pos", Models.POS);
        return m;
    }

    /**
     * One input, in input order. {@code sha256} and {@code bytes} are null when the input could not
     * be read; {@code error} is null when it was processed.
     */
    public void input(String file, String sha256, Long bytes, String error) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", file);
        json.writeObjectField("sha256", sha256);
        json.writeObjectField("bytes", bytes);
        json.writeStringField("status", error == null ? "ok" : "failed");
        if (error != null) {
            json.writeStringField("error", error);
        }
        json.writeEndObject();
    }

    /**
     * Ends the manifest: end time, counts, whether every input was handed over ({@code complete} is
     * false after {@code --fail-fast} stopped the run) and the errors.
     */
    public void finish(Instant finished, Map<String, Object> counts, boolean complete, List<Failure> errors)
            throws IOException {
        json.writeEndArray();
        json.writeStringField("finished", finished.toString());
        json.writeNumberField("seconds", Duration.between(started, finished).toMillis() / 1000.0);
        json.writeBooleanField("complete", complete);
        json.writeObjectField("counts", counts);
        json.writeArrayFieldStart("errors");
        for (Failure e : errors) {
            json.writeObject(e);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        close();
    }

    /** Flushes what is written; a manifest closed before {@link #finish} is left incomplete. */
    @Override
    public void close() throws IOException {
        if (!json.isClosed()) {
            json.close();
        }
    }
}
