package uk.ofstedextract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.ReportType;

/** Title, provider, dates and inspectors from the first page of a text constructed for the test. */
class MetadataReaderTest {
    private final MetadataReader reader = new MetadataReader(LocalAuthorities.load());

    @Test
    void anIlacsFirstPage() {
        String text = String.join("\n",
                "Inspection of Wakefield local authority children's services",
                "Inspection dates: 28 February to 10 March 2023",
                "Lead inspector: Jane Q Example, His Majesty's Inspector",
                "", "Judgement Grade", "");
        Metadata m = reader.read(text, ReportType.ILACS, "inspection of wakefield local authority children's services");
        assertEquals("Wakefield", m.provider().name());
        assertEquals("384", m.provider().laCode(), "Wakefield's code from the shipped LA table");
        assertEquals(LocalDate.of(2023, 2, 28), m.inspection().start());
        assertEquals(LocalDate.of(2023, 3, 10), m.inspection().end());
        assertEquals(List.of("Jane Q Example"), m.inspectors());
    }

    @Test
    void aLettersDateIsItsPublicationDate() {
        String text = String.join("\n",
                "Ofsted", "Piccadilly Gate", "Manchester M1 2WD", "",
                "14 March 2024", "",
                "Ms A Director", "Director of Children's Services", "Wakefield Council", "",
                "Dear Ms Director", "",
                "Focused visit to Wakefield children's services",
                "This letter summarises the findings of the focused visit to Wakefield children's services on 20 and "
                        + "21 February 2024.", "");
        Metadata m = reader.read(text, ReportType.ILACS_FOCUSED_VISIT, "focused visit to");
        assertEquals(LocalDate.of(2024, 3, 14), m.published());
    }

    @Test
    void noAuthorityNamedNoCode() {
        Metadata m = reader.read("Inspection of Barsetshire local authority children's services\n"
                + "Inspection dates: 3 to 7 March 2025\n", ReportType.ILACS, null);
        assertEquals(null, m.provider().laCode(), "never a guessed code");
    }
}
