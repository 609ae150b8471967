package uk.ofstedextract.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.layout.Docs;
import uk.ofstedextract.layout.Document;

/** Blocks: bullets, numbered paragraphs and plain paragraphs, wrapped lines joined. */
class BlockReaderTest {

    private static List<Block> read(boolean list, String... lines) {
        Document doc = Docs.of(lines);
        return new BlockReader(new NumberSequence()).read(doc, doc.lines(), list);
    }

    @Test
    void bulletsAreOneBlockEachWithTheirWrappedLines() {
        List<Block> b = read(true,
                "• The timeliness of assessments for disabled",
                "children and their families.",
                "• Management oversight of plans.");
        assertEquals(List.of(Block.Kind.BULLET, Block.Kind.BULLET), b.stream().map(Block::kind).toList());
        assertEquals(2, b.get(0).lines().size());
    }

    @Test
    void aLayoutLineLeftOfTheItemsHangingIndentAfterASentenceEndIsTheParagraphAfterTheList() {
        List<Block> b = read(true,
                "\u2022   Governors do not hold leaders to account for safeguarding and behaviour. Those",
                "    responsible for governance should ensure that they have the training they need.",
                "Having considered the evidence, we strongly recommend that leaders do not seek to",
                "appoint early career teachers.");
        assertEquals(List.of(Block.Kind.BULLET, Block.Kind.PARAGRAPH), b.stream().map(Block::kind).toList());
        assertEquals(2, b.get(0).lines().size());
        List<Block> wrapped = read(true,
                "\u2022   Governors do not hold leaders to account for safeguarding and behaviour.",
                "    Those responsible for governance should act.",
                "    Leaders agree.");
        assertEquals(1, wrapped.size(), "lines under the item's first word stay in it");
    }

    @Test
    void numberedParagraphsKeepTheirNumbers() {
        List<Block> b = read(false,
                "1. Children receive a prompt response when concerns are first raised. Managers",
                "review decisions quickly.",
                "",
                "2. Strategy meetings are timely and well attended.");
        assertEquals(List.of(Block.Kind.NUMBERED, Block.Kind.NUMBERED), b.stream().map(Block::kind).toList());
        assertEquals(List.of(1, 2), b.stream().map(Block::number).toList());
        assertEquals(2, b.get(0).lines().size());
    }

    @Test
    void blankLinesSeparateParagraphs() {
        List<Block> b = read(false,
                "Leaders know their services well and act on what they find.",
                "",
                "Social workers visit children often and",
                "know them well.");
        assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH), b.stream().map(Block::kind).toList());
        assertEquals(2, b.get(1).lines().size());
    }

    @Test
    void aWordBrokenAtTheLineEndBeforeANumberIsNotANewParagraph() {
        List<Block> b = read(false,
                "1. Young people get help with education, training and employment post-",
                "18. Personal advisers keep in touch with them.");
        assertEquals(1, b.size(), b.toString());
    }

    @Test
    void aDashWrappedToTheLineStartInsideANumberedParagraphIsProse() {
        List<Block> b = read(false,
                "1. Specialist services, including the Family Group Conference Service",
                "– Early Help and Prevention, and parenting support, work well with",
                "families to keep children safely at home.",
                "",
                "2. Managers track progress closely.");
        assertEquals(List.of(Block.Kind.NUMBERED, Block.Kind.NUMBERED), b.stream().map(Block::kind).toList());
        assertEquals(3, b.get(0).lines().size());
    }

    @Test
    void dashedItemsAfterAColonOrInARunStayItems() {
        List<Block> after = read(false,
                "1. Plans are reviewed regularly. The review considers:",
                "– the progress of the plan",
                "2. Managers track progress closely.");
        assertEquals(List.of(Block.Kind.NUMBERED, Block.Kind.BULLET, Block.Kind.NUMBERED),
                after.stream().map(Block::kind).toList());
        List<Block> run = read(false,
                "1. Leaders have improved several services, including",
                "– the front door and the assessment teams",
                "– the service for care leavers",
                "2. Managers track progress closely.");
        assertEquals(List.of(Block.Kind.NUMBERED, Block.Kind.BULLET, Block.Kind.BULLET, Block.Kind.NUMBERED),
                run.stream().map(Block::kind).toList());
    }
}
