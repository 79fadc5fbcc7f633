package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentNamesTest {

    private static final DocxFormatter DOCX = new DocxFormatter();

    @Test
    void aReportIsNamedByItsNameWithoutTheExtension() {
        assertEquals(Map.of("drafts/2024年工作汇报.docx", "2024年工作汇报.huibao.docx", "b.txt", "b.huibao.docx"),
                DocumentNames.assign(List.of("drafts/2024年工作汇报.docx", "b.txt"), DOCX, Set.of()));
    }

    @Test
    void theSameNameInTwoFoldersIsNamedByItsPathAndNeitherOverwritesTheOther() {
        Map<String, String> names = DocumentNames.assign(List.of("2024/汇报.docx", "2025/汇报.docx", "x/other.md"),
                DOCX, Set.of());
        assertEquals("2024_汇报.docx.huibao.docx", names.get("2024/汇报.docx"));
        assertEquals("2025_汇报.docx.huibao.docx", names.get("2025/汇报.docx"));
        assertEquals("other.huibao.docx", names.get("x/other.md"));
    }

    @Test
    void namesDifferingOnlyInCaseOrExtensionClashToo() {
        Map<String, String> names = DocumentNames.assign(List.of("a/Report.txt", "a/report.docx"), DOCX, Set.of());
        assertEquals("Report.txt.huibao.docx", names.get("a/Report.txt"), "the folder both are in is left out");
        assertEquals("report.docx.huibao.docx", names.get("a/report.docx"));
        names = DocumentNames.assign(List.of("/home/u/2024/汇报.docx", "/home/u/2024/旧/汇报.docx"), DOCX, Set.of());
        assertEquals("汇报.docx.huibao.docx", names.get("/home/u/2024/汇报.docx"));
        assertEquals("旧_汇报.docx.huibao.docx", names.get("/home/u/2024/旧/汇报.docx"));
    }

    @Test
    void theSameInputsGiveTheSameNamesInAnyOrder() {
        List<String> one = List.of("z/a.txt", "y/a.txt", "../a.txt", "./a.txt", "a_b/c.txt", "a/b_c.txt");
        List<String> other = List.of("a/b_c.txt", "./a.txt", "a_b/c.txt", "z/a.txt", "../a.txt", "y/a.txt");
        Map<String, String> names = DocumentNames.assign(one, DOCX, Set.of());
        assertEquals(names, DocumentNames.assign(other, DOCX, Set.of()));
        assertEquals(6, Set.copyOf(names.values()).size(), names.toString());
        // "../a.txt" and "./a.txt" both flatten to "a.txt": the later in path order is numbered
        assertEquals("a.txt.huibao.docx", names.get("../a.txt"));
        assertEquals("a.txt-2.huibao.docx", names.get("./a.txt"));
    }

    @Test
    void aNameInUseIsNotGiven() {
        assertEquals("r-2.huibao.docx",
                DocumentNames.assign(List.of("in/r.docx"), DOCX, Set.of("R.huibao.docx")).get("in/r.docx"));
    }

    @Test
    void standardInputAndNamesThatCannotBeFileNames() {
        assertEquals("stdin", DocumentNames.stem("-"));
        assertEquals("draft", DocumentNames.stem("draft.docx"));
        assertEquals("a_b", DocumentNames.stem("a\u0001b.txt"));
        assertEquals("txt", DocumentNames.stem(".txt"));
        assertEquals("report", DocumentNames.stem("..."));
        assertEquals("a_b_c", DocumentNames.stem("a:b*c.md"));
        String longName = "关于".repeat(100) + ".docx";
        String stem = DocumentNames.stem(longName);
        assertEquals(66, stem.length(), "cut to 200 bytes of UTF-8, whole characters");
        assertEquals("关于".repeat(33), stem);
    }
}
