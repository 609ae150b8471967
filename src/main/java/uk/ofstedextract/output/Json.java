package uk.ofstedextract.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import uk.ofstedextract.report.Report;

/** JSON and JSON Lines through Jackson; dates as ISO 8601 strings. */
public final class Json {
    /**
     * Databind's mapper, for what is not a report (manifests, codebooks, evaluations, reading JSON back); built on first
     * use, in a holder class, because building it costs a cold run about 50 ms of CPU and a report's extraction and
     * JSON (through {@link ReportJson}) never need it.
     */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance)
                        .addDeserializer(LocalDate.class, new FromStringDeserializer<>(LocalDate.class) {
                            @Override
                            protected LocalDate _deserialize(String value, DeserializationContext ctxt) {
                                return LocalDate.parse(value);
                            }
                        }))
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private Json() {
    }

    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    /** One report, pretty-printed, followed by a newline. */
    public static void writePretty(Report report, Writer out) throws IOException {
        try (JsonGenerator g = ReportJson.generator(out, true)) {
            ReportJson.write(report, g);
        }
        out.write('\n');
    }

    /** Several reports as a pretty-printed array. */
    public static void writePrettyArray(List<Report> reports, Writer out) throws IOException {
        try (ReportArray array = new ReportArray(out)) {
            for (Report r : reports) {
                array.write(r);
            }
        }
        out.write('\n');
    }

    /** One report on one line (JSON Lines). */
    public static void writeLine(Report report, Writer out) throws IOException {
        try (JsonGenerator g = ReportJson.generator(out, false)) {
            ReportJson.write(report, g);
        }
        out.write('\n');
    }

    /**
     * Reports written one at a time as the elements of one pretty-printed JSON array (what databind's
     * {@code SequenceWriter} wrote); {@link #close()} ends the array (no newline after it).
     */
    public static final class ReportArray implements AutoCloseable {
        private final JsonGenerator g;

        public ReportArray(Writer out) throws IOException {
            g = ReportJson.generator(out, true);
            g.writeStartArray();
        }

        /** Writes one element and flushes it to the writer. */
        public void write(Report r) throws IOException {
            ReportJson.write(r, g);
            g.flush();
        }

        @Override
        public void close() throws IOException {
            g.writeEndArray();
            g.close();
        }
    }
}
