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
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addDeserializer(LocalDate.class, new FromStringDeserializer<>(LocalDate.class) {
                        @Override
                        protected LocalDate _deserialize(String value, DeserializationContext ctxt) {
                            return LocalDate.parse(value);
                        }
                    }))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One report, pretty-printed, followed by a newline. */
    public static void writePretty(Report report, Writer out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, report);
        out.write('\n');
    }

    /** Several reports as a pretty-printed array. */
    public static void writePrettyArray(List<Report> reports, Writer out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, reports);
        out.write('\n');
    }

    /** One report on one line (JSON Lines). */
    public static void writeLine(Report report, Writer out) throws IOException {
        MAPPER.writeValue(out, report);
        out.write('\n');
    }
}
