package org.huibao.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.huibao.model.ReportResult;

/**
 * A format that makes one document per checked report (the annotated Word copy) rather than one text
 * stream per run: {@code check --format docx:DIR} writes each into a directory, the review server
 * answers it as a download. Unreadable reports get none.
 */
public interface DocumentFormatter {

    /** The name users pick it by, e.g. {@code docx}. */
    String name();

    /** The MIME type of the document, for a download. */
    String contentType();

    /** The name of a report's document, from the stem of the report's own name: {@code draft.huibao.docx}. */
    String fileName(String stem);

    /**
     * Writes the document of one checked report to {@code out} (not closed). {@code source} is the
     * report's file when there is one to copy from (a report read from standard input has none); it is
     * only read. The report must carry its text ({@link ReportResult#text()}).
     *
     * @throws IllegalArgumentException for an unreadable report (status error)
     */
    void write(ReportResult report, Optional<Path> source, OutputOptions options, OutputStream out) throws IOException;
}
