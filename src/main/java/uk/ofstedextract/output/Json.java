package uk.ofstedextract.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.ofstedextract.report.Report;

/** JSON and JSON Lines through Jackson; dates as ISO 8601 strings. */
public final class Json {
    private static final ObjectMapper MAPPER = newMapper();

    /** A mapper configured as the tool's (one is kept; tests make fresh ones to compare). */
    static ObjectMapper newMapper() {
        return new ObjectMapper()
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
        return MAPPER;
    }

    /**
     * Builds the serializers of the report's records now (Jackson makes each on its first write, by
     * introspecting the class), so that a cold run can pay for them on a second thread while the
     * report is being extracted. Output is the same either way: the serializers are the ones the first
     * write would make, kept in the mapper's cache.
     */
    public static void warmUp() {
        warmUp(MAPPER);
    }

    /** Builds {@code mapper}'s serializers for every record reachable from {@link Report}; how many it made. */
    static int warmUp(ObjectMapper mapper) {
        SerializerProvider provider = mapper.getSerializerProviderInstance();
        Deque<Type> todo = new ArrayDeque<>(List.of(Report.class));
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Type t = todo.pop();
            if (t instanceof ParameterizedType p) {
                todo.addAll(List.of(p.getActualTypeArguments()));
            } else if (t instanceof Class<?> c && c.isRecord() && seen.add(c)) {
                try {
                    provider.findValueSerializer(c);
                } catch (JsonMappingException e) {
                    return seen.size(); // the write that needs it reports the problem
                }
                for (RecordComponent rc : c.getRecordComponents()) {
                    todo.push(rc.getGenericType());
                }
            }
        }
        return seen.size();
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
