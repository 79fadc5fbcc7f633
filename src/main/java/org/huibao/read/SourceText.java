package org.huibao.read;

import java.util.List;
import java.util.Objects;

/**
 * Text of one input, normalised: BOM removed, CRLF and CR turned into {@code \n}.
 *
 * <p>Nothing else is touched, so character offsets into {@code text} (full-width indentation
 * included) stay meaningful for findings reported downstream.
 *
 * @param name display name of the input, as the user gave it
 * @param text the decoded, line-end-normalised text
 * @param charset name of the detected charset, e.g. "UTF-8", "UTF-16LE", "GB18030"; for Word and PDF
 *                the format ("docx", "pdf")
 * @param layout  formatting the layout rules check; {@link Layout#NONE} for plain text
 * @param suppressions what the author asked, in the report itself, not to be told about (comment lines in
 *                text and Markdown, already blanked in {@code text}; huibao-ignore comments in Word)
 */
public record SourceText(String name, String text, String charset, Layout layout, List<Suppression> suppressions) {
    public SourceText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(layout, "layout");
        suppressions = List.copyOf(suppressions);
    }

    public SourceText(String name, String text, String charset, Layout layout) {
        this(name, text, charset, layout, List.of());
    }

    /** Plain text, which has no layout. */
    public SourceText(String name, String text, String charset) {
        this(name, text, charset, Layout.NONE);
    }
}
