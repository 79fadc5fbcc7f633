package org.huibao.read;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/**
 * The main part of a .docx, parsed, read line by line as the Word reader reads it: the same walk of
 * the body ({@link DocxBody}) and of each paragraph ({@link DocxParagraphs}), over the document's own
 * elements, so that code that must find a place of the report text in the markup (the annotated Word
 * copy) sees exactly the reader's lines, with the run each character comes from. As
 * {@link WordStyleView} is for styles: one reading for both, so they cannot drift apart.
 */
public final class WordBodyView {

    /** Where one character of a line is in the markup: a run, the child of the run, the offset in its text. */
    public record Source(Element run, Element child, int offset) {
    }

    /**
     * One line of the report: the paragraphs it is made of (more than one when a paragraph mark was
     * deleted in tracked changes), its text without a list ordinal (which no run holds, so the report's
     * line ends with it), and the source of each char of that text.
     */
    public record Line(List<Element> paragraphs, String text, List<Source> sources) {
    }

    private WordBodyView() {
    }

    /**
     * The lines of a document: {@code root} is the w:document element of its main part, in namespace
     * {@code ns}; the styles are the package's, as the reader reads them.
     */
    public static List<Line> lines(Element root, String ns, WordStyleView styles) {
        List<Line> out = new ArrayList<>();
        Collector collector = new Collector(out);
        DocxParagraphs<Building> paragraphs = new DocxParagraphs<>(ns, styles.styles(), collector);
        try {
            DocxBody.walk(root, ns, new DocxBody.Blocks() {
                @Override
                public void paragraph(Element p, boolean inTable) throws ReadException {
                    paragraphs.paragraph(p, inTable);
                }

                @Override
                public void section(Element sectPr, boolean inTable) {
                    // page set-up is the reader's concern
                }

                @Override
                public void commentRange(Element mark) {
                    // suppression comments are the reader's concern
                }

                @Override
                public void flush(boolean inTable) throws ReadException {
                    paragraphs.flush(inTable);
                }
            });
        } catch (ReadException e) {
            throw new IllegalStateException("collecting lines reads no budget", e);
        }
        return out;
    }

    /** The text of paragraphs read afresh (after their runs were split), in the reader's way. */
    public static Line reread(List<Element> paragraphs, String ns, WordStyleView styles) {
        Building line = new Building();
        line.paragraphs.addAll(paragraphs);
        new DocxParagraphs<>(ns, styles.styles(), new Collector(new ArrayList<>())).reread(paragraphs, line);
        return line.line();
    }

    /** A line being read: its text as the reader builds it, and the source of each char appended. */
    private static final class Building implements DocxParagraphs.Line {
        final List<Element> paragraphs = new ArrayList<>();
        final ParagraphText text = new ParagraphText();
        final List<Source> sources = new ArrayList<>();

        @Override
        public ParagraphText text() {
            return text;
        }

        @Override
        public void append(String s, Element run, Element child, DocxStyles.RunProps props) {
            text.append(s, props.font(), props.sizePt());
            for (int i = 0; i < s.length(); i++) {
                sources.add(new Source(run, child, i));
            }
        }

        @Override
        public void lineBreak(Element run, Element child) {
            text.lineBreak();
            sources.add(new Source(run, child, 0));
        }

        Line line() {
            List<Source> kept = new ArrayList<>(sources.size());
            String clean = text.cleanText(i -> kept.add(sources.get(i)));
            return new Line(List.copyOf(paragraphs), clean, List.copyOf(kept));
        }
    }

    private record Collector(List<Line> out) implements DocxParagraphs.Lines<Building> {
        @Override
        public Building open() {
            return new Building();
        }

        @Override
        public void paragraph(Building line, Element p) {
            line.paragraphs.add(p);
        }

        @Override
        public void started(Building line, Element pPr, String styleId) {
            // the ordinal is no run's: the line's text is without it
        }

        @Override
        public void close(Building line, boolean inTable) {
            out.add(line.line());
        }
    }
}
