package org.huibao.read;

import org.huibao.api.PageSetup;
import org.huibao.api.ParagraphFormat;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.FontTable;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.CharacterProperties;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Section;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the main text of a Word 97–2003 file with POI's HWPF. Used only from {@link WordReader#read},
 * so a run over text files never loads POI.
 */
final class DocExtractor {

    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final char FIELD_BEGIN = 0x13;
    private static final char FIELD_SEPARATOR = 0x14;
    private static final char FIELD_END = 0x15;

    private final HWPFDocument doc;
    private final TextBudget budget;
    private final ListCounters counters = new ListCounters();
    private final Map<Integer, ListCounters.Level[]> levelCache = new HashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final List<ParagraphFormat> formats = new ArrayList<>();
    /** Open fields, innermost first: true once past the separator, where the field's result is. */
    private final Deque<Boolean> fields = new ArrayDeque<>();
    private Field propsField;
    private boolean propsFieldTried;

    private DocExtractor(HWPFDocument doc, TextBudget budget) {
        this.doc = doc;
        this.budget = budget;
    }

    /** The main text of the .doc file at {@code path}; given up once it is longer than {@code maxChars}. */
    static WordFiles.Content extract(Path path, int maxChars) throws ReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw encrypted();
            }
            if (!root.hasEntryCaseInsensitive("WordDocument")) {
                throw WordFiles.unreadable("这是 Office 文件，但不是 Word 文档（可能是 Excel 或 PowerPoint 文件）",
                        "an Office file but not a Word document, perhaps an Excel or PowerPoint file", null);
            }
            HWPFDocument doc = new HWPFDocument(root);
            return new DocExtractor(doc, new TextBudget(maxChars)).read();
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    private static ReadException encrypted() {
        return WordFiles.unreadable("文档设置了打开密码，请去掉密码后再检查",
                "the document is password-protected; remove the password and check it again", null);
    }

    private static ReadException failure(Exception e) {
        String type = e.getClass().getSimpleName();
        if (type.contains("Encrypted")) {
            return encrypted();
        }
        if (type.contains("OldWordFileFormat") || type.contains("OldFileFormat")) {
            return WordFiles.unreadable("Word 6.0/95 格式过旧，请另存为 .docx", "Word 6.0/95 format is too old; save it as .docx", e);
        }
        return WordFiles.unreadable("文件已损坏或不是 .doc 格式", "the file is damaged or not in .doc format", e);
    }

    private WordFiles.Content read() throws ReadException {
        Range range = doc.getRange();
        ParagraphText carry = null;
        Paragraph carryOrigin = null;
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable() && p.isTableRowEnd()) {
                continue;
            }
            if (carry == null && styleName(p).toLowerCase(java.util.Locale.ROOT).matches("(toc|contents) ?[1-9]")) {
                continue; // a table of contents: the headings again, with page numbers
            }
            ParagraphText text = carry != null ? carry : new ParagraphText();
            boolean markDeleted = runs(p, text);
            if (carry == null) {
                if (markDeleted && text.line().isEmpty()) {
                    continue;
                }
                text.ordinal(ordinal(p));
                carryOrigin = p;
            }
            if (markDeleted) {
                carry = text;
            } else {
                emit(text, carryOrigin);
                carry = null;
            }
        }
        if (carry != null) {
            emit(carry, carryOrigin);
        }
        return new WordFiles.Content(lines, formats, page(range));
    }

    /** Appends the visible text of a paragraph; true when its paragraph mark is a tracked deletion. */
    private boolean runs(Paragraph p, ParagraphText out) {
        boolean markDeleted = false;
        int runs = p.numCharacterRuns();
        for (int j = 0; j < runs; j++) {
            CharacterRun cr = p.getCharacterRun(j);
            String s = cr.text();
            boolean deleted = cr.isMarkedDeleted();
            boolean hidden = cr.isVanished();
            double size = cr.getFontSize() / 2.0;
            StringBuilder visible = new StringBuilder();
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == FIELD_BEGIN) {
                    fields.push(false);
                    continue;
                }
                if (c == FIELD_SEPARATOR) {
                    if (!fields.isEmpty()) {
                        fields.pop();
                        fields.push(true);
                    }
                    continue;
                }
                if (c == FIELD_END) {
                    if (!fields.isEmpty()) {
                        fields.pop();
                    }
                    continue;
                }
                if (c == '\r' || c == 0x07) {
                    markDeleted = deleted;
                    continue;
                }
                if (deleted || hidden || inFieldCode()) {
                    continue;
                }
                if (c == 0x0B) {
                    flush(out, visible, size, cr);
                    visible.setLength(0);
                    out.lineBreak();
                } else if (c == 0x1E) {
                    visible.append('-');
                } else if (c == '\t' || c >= 0x20 && c != 0xFFFC) {
                    visible.append(c);
                }
            }
            flush(out, visible, size, cr);
        }
        return markDeleted;
    }

    private void flush(ParagraphText out, StringBuilder visible, double size, CharacterRun cr) {
        if (visible.length() > 0) {
            out.append(visible.toString(), eastAsianFont(cr), size);
            visible.setLength(0);
        }
    }

    private boolean inFieldCode() {
        for (Boolean result : fields) {
            if (!result) {
                return true;
            }
        }
        return false;
    }

    private void emit(ParagraphText text, Paragraph origin) throws ReadException {
        String line = text.line();
        budget.line(line);
        lines.add(line);
        if (origin.isInTable()) {
            return;
        }
        double size = text.dominantSize(0);
        int twips = origin.getFirstLineIndent();
        double indent = ParagraphText.indentChars(twips, text.leadingWhitespace(), size, 420);
        formats.add(new ParagraphFormat(lines.size(), text.dominantFont(""), size, indent,
                origin.getJustification() == 1, styleName(origin)));
    }

    private String styleName(Paragraph p) {
        try {
            StyleSheet sheet = doc.getStyleSheet();
            StyleDescription d = sheet == null ? null : sheet.getStyleDescription(p.getStyleIndex());
            return d == null || d.getName() == null ? "" : d.getName();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * The East Asian font of a run. HWPF names only the ASCII font in its API, so the East Asian
     * font index is read from the run's resolved properties; should that ever fail, an ASCII font with
     * a Chinese name is taken, and otherwise the font stays unknown (the font rules then stay silent).
     */
    private String eastAsianFont(CharacterRun cr) {
        FontTable table = doc.getFontTable();
        if (table == null) {
            return "";
        }
        try {
            if (!propsFieldTried) {
                propsFieldTried = true;
                Field f = CharacterRun.class.getDeclaredField("_props");
                f.setAccessible(true);
                propsField = f;
            }
            if (propsField != null) {
                CharacterProperties props = (CharacterProperties) propsField.get(cr);
                String name = table.getMainFont(props.getFtcFE());
                if (name != null && !name.isEmpty()) {
                    return name;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            propsField = null;
        }
        try {
            String ascii = cr.getFontName();
            return ascii != null && ascii.chars().anyMatch(c -> c > 0x2E80) ? ascii : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private String ordinal(Paragraph p) {
        try {
            if (!p.isInList()) {
                return "";
            }
            HWPFList list = p.getList();
            int ilvl = p.getIlvl();
            ListCounters.Level[] levels = levelCache.computeIfAbsent(p.getIlfo(), k -> levels(list));
            Map<Integer, Integer> overrides = new HashMap<>();
            for (int k = 0; k < levels.length; k++) {
                if (levels[k] != null && list.isStartAtOverridden((char) k)) {
                    overrides.put(k, list.getStartAt((char) k));
                }
            }
            String o = counters.next(list.getLsid(), p.getIlfo(), overrides, k -> levels[k], ilvl);
            return o == null ? "" : o;
        } catch (RuntimeException e) {
            return ""; // a damaged list table: the text without its number
        }
    }

    private static ListCounters.Level[] levels(HWPFList list) {
        ListCounters.Level[] out = new ListCounters.Level[ListCounters.LEVELS];
        ListLevel[] lvls = list.getListData().getLevels();
        for (int k = 0; k < lvls.length && k < out.length; k++) {
            ListLevel l = lvls[k];
            if (l == null) {
                continue;
            }
            String text = l.getNumberText();
            StringBuilder sb = new StringBuilder();
            if (text != null) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    // in a .doc level text, the characters 0–8 stand for the numbers of levels 1–9
                    if (c < ListCounters.LEVELS) {
                        sb.append('%').append((char) ('1' + c));
                    } else {
                        sb.append(c);
                    }
                }
            }
            String suffix = switch (l.getTypeOfCharFollowingTheNumber()) {
                case 1 -> "space";
                case 2 -> "nothing";
                default -> "tab";
            };
            out[k] = new ListCounters.Level(l.getStartAt(), ListNumbers.fromMsonfc(l.getNumberFormat()), sb.toString(),
                    l.isLegalNumbering(), -1, suffix);
        }
        return out;
    }

    private static Optional<PageSetup> page(Range range) {
        try {
            if (range.numSections() == 0) {
                return Optional.empty();
            }
            Section s = range.getSection(0);
            return Optional.of(new PageSetup(mm(s.getMarginTop()), mm(s.getMarginBottom()),
                    mm(s.getMarginLeft()), mm(s.getMarginRight())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static double mm(int twips) {
        return Math.round(Math.abs(twips) / TWIPS_PER_MM * 10) / 10.0;
    }
}
