package uk.ofstedextract.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Report;

/** The serializers a cold run builds on its second thread: made ahead, and the output unchanged by them. */
class JsonWarmUpTest {
    @Test
    void buildsASerializerForEveryRecordOfTheReport() {
        ObjectMapper mapper = Json.newMapper();
        DefaultSerializerProvider provider = (DefaultSerializerProvider) mapper.getSerializerProvider();
        assertEquals(0, provider.cachedSerializersCount(), "a fresh mapper has made none");
        int records = Json.warmUp(mapper);
        // Report, Provider, Inspection, Grade, Finding, Sentence, KeywordSpan, ThemeEvidence, Warning at least
        assertTrue(records >= 9, "records reached from Report: " + records);
        assertTrue(provider.cachedSerializersCount() >= records,
                "cached " + provider.cachedSerializersCount() + " for " + records + " records");
    }

    @Test
    void aWarmedMapperWritesTheReportByteForByteAsAColdOne() throws Exception {
        String text = Files.readString(Path.of("samples/ilacs-2018-wakefield.txt"));
        Report report = Extractor.standard().extract("ilacs-2018-wakefield.txt", text);
        ObjectMapper warmed = Json.newMapper();
        Json.warmUp(warmed);
        String cold = Json.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
        assertEquals(cold, warmed.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        assertTrue(cold.contains("\"findings\""), "a real report was written");
    }
}
