package uk.ofstedextract.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.Inspection;
import uk.ofstedextract.report.KeywordSpan;
import uk.ofstedextract.report.Provider;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.Sentence;
import uk.ofstedextract.report.ThemeEvidence;
import uk.ofstedextract.report.Warning;
import uk.ofstedextract.text.Span;

/**
 * Writes a {@link Report} through Jackson's streaming generator, field by field in the order of the records'
 * {@code @JsonPropertyOrder}, with the same inclusion rules as their annotations. The bytes are those
 * {@link Json#mapper()} writes for the same report (ReportJsonTest checks it on every report of the corpus);
 * what this saves is databind building a serializer for each record by reflection, which a cold run of one
 * report paid for on its first write (docs/startup.md). A field added to a record must be added here too:
 * the test fails until it is.
 */
public final class ReportJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // as databind on a failed write: no closing brackets written after an error
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();

    private ReportJson() {
    }

    /** A generator on {@code out}, pretty-printed as databind's default pretty printer does or on one line. */
    public static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        if (pretty) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        return g;
    }

    /** Writes {@code r} as one JSON object (no newline after it). */
    public static void write(Report r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", r.schema());
        g.writeStringField("tool", r.tool());
        g.writeStringField("reportId", r.reportId());
        g.writeStringField("file", r.file());
        g.writeStringField("sha256", r.sha256());
        g.writeStringField("type", r.type());
        g.writeStringField("framework", r.framework());
        g.writeStringField("title", r.title());
        g.writeFieldName("provider");
        provider(r.provider(), g);
        date("published", r.published(), g);
        g.writeFieldName("inspection");
        inspection(r.inspection(), g);
        strings("inspectors", r.inspectors(), g);
        g.writeArrayFieldStart("grades");
        for (Grade x : r.grades()) {
            g.writeStartObject();
            g.writeStringField("judgement", x.judgement());
            g.writeStringField("label", x.label());
            g.writeStringField("grade", x.grade());
            g.writeStringField("gradeLabel", x.gradeLabel());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            finding(f, g);
        }
        g.writeEndArray();
        strings("keywords", r.keywords(), g);
        g.writeStringField("codebook", r.codebook());
        g.writeArrayFieldStart("warnings");
        for (Warning w : r.warnings()) {
            g.writeStartObject();
            g.writeStringField("code", w.code());
            g.writeStringField("message", w.message());
            integer("offset", w.offset(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void provider(Provider p, JsonGenerator g) throws IOException {
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("name", p.name());
        g.writeStringField("laCode", p.laCode());
        g.writeStringField("onsCode", p.onsCode());
        g.writeStringField("laName", p.laName());
        if (p.urn() != null) { // @JsonInclude(NON_NULL): left out for an authority; Urn.NONE is written as null
            g.writeStringField("urn", p.urn().value());
        }
        g.writeEndObject();
    }

    private static void inspection(Inspection i, JsonGenerator g) throws IOException {
        if (i == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        date("start", i.start(), g);
        date("end", i.end(), g);
        if (!i.phases().isEmpty()) { // @JsonInclude(NON_EMPTY)
            g.writeArrayFieldStart("phases");
            for (Inspection.Phase p : i.phases()) {
                g.writeStartObject();
                date("start", p.start(), g);
                date("end", p.end(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void finding(Finding f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", f.index());
        g.writeStringField("category", f.category());
        g.writeStringField("heading", f.heading());
        integer("number", f.number(), g);
        g.writeStringField("judgement", f.judgement());
        g.writeStringField("text", f.text());
        unwrapped(f.span(), g);
        g.writeArrayFieldStart("sentences");
        for (Sentence s : f.sentences()) {
            g.writeStartObject();
            g.writeStringField("text", s.text());
            unwrapped(s.span(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        strings("keywords", f.keywords(), g);
        g.writeArrayFieldStart("keywordSpans");
        for (KeywordSpan k : f.keywordSpans()) {
            g.writeStartObject();
            g.writeStringField("keyword", k.keyword());
            g.writeStringField("surface", k.surface());
            if (k.abbreviation() != null) { // @JsonInclude(NON_NULL)
                g.writeStringField("abbreviation", k.abbreviation());
            }
            g.writeNumberField("score", k.score());
            g.writeArrayFieldStart("spans");
            for (Span s : k.spans()) {
                g.writeStartArray(); // Span's @JsonFormat(shape = ARRAY)
                g.writeNumber(s.start());
                g.writeNumber(s.end());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        strings("themes", f.themes(), g);
        g.writeArrayFieldStart("themeEvidence");
        for (ThemeEvidence t : f.themeEvidence()) {
            g.writeStartObject();
            g.writeStringField("theme", t.theme());
            g.writeStringField("term", t.term());
            unwrapped(t.span(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A {@code @JsonUnwrapped} span: "start" and "end" fields, nothing when there is no span. */
    private static void unwrapped(Span s, JsonGenerator g) throws IOException {
        if (s != null) {
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
        }
    }

    private static void strings(String name, List<String> values, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** An ISO date as a string (what {@link Json}'s mapper writes for a {@link LocalDate}), or null. */
    private static void date(String name, LocalDate d, JsonGenerator g) throws IOException {
        g.writeStringField(name, d == null ? null : d.toString());
    }

    private static void integer(String name, Integer v, JsonGenerator g) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(v.intValue());
        }
    }
}
