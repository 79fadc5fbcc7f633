package org.huibao.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.output.Labels.Key;

/**
 * The batch as an Excel workbook, for an office that collects many units' reports: sheet 1 one row per
 * report, sheet 2 one row per finding (see {@link BatchTable}), each with a frozen header row, filters
 * and column widths that fit Chinese text. Written with POI's streaming workbook: rows beyond a small
 * window go to a temporary file as they come, so that a batch of ten thousand reports needs no more
 * memory than a hundred. Every text is a string cell, so a file name or report text such as
 * {@code =HYPERLINK(…)} is shown, never evaluated.
 */
public final class XlsxFormatter implements Formatter {

    public static final String NAME = "xlsx";

    /** Rows of each sheet kept in memory; the rest are on disk. */
    static final int WINDOW = 100;

    private final int maxRows;

    public XlsxFormatter() {
        this(SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** With fewer rows per sheet than Excel's 1,048,576, so that tests can reach the limit. */
    XlsxFormatter(int maxRows) {
        if (maxRows < 2) {
            throw new IllegalArgumentException("a sheet needs room for its header and one row");
        }
        this.maxRows = maxRows;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean binary() {
        return true;
    }

    /** An excerpt shows the text around what was found, from the report's lines. */
    @Override
    public boolean needsText() {
        return true;
    }

    /** A workbook is not text: the caller must give it bytes (a file). */
    @Override
    public ReportStream open(String toolVersion, OutputOptions options, Writer out) throws IOException {
        throw new IOException("xlsx is a binary format: it can only be written to a file (xlsx:FILE)");
    }

    @Override
    public XlsxStream open(String toolVersion, OutputOptions options, OutputStream out) throws IOException {
        return new XlsxStream(toolVersion, options, out, maxRows);
    }

    /**
     * One workbook being written; {@link #finish} writes it to the stream and deletes its temporary
     * files, as {@link #close} does for a run that ends before it finishes.
     */
    static final class XlsxStream implements ReportStream, Closeable {
        private final OutputOptions options;
        private final Labels labels;
        private final OutputStream out;
        private final SXSSFWorkbook workbook;
        private final XlsxSheets reports;
        private final XlsxSheets findings;
        private boolean closed;

        XlsxStream(String toolVersion, OutputOptions options, OutputStream out, int maxRows) throws IOException {
            this.options = options;
            this.labels = Labels.of(options.lang());
            this.out = out;
            this.workbook = new SXSSFWorkbook(WINDOW);
            try {
                // The findings sheet of a large batch is hundreds of megabytes of XML before it is zipped.
                workbook.setCompressTempFiles(true);
                workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("huibao " + toolVersion);
                XlsxStyles styles = new XlsxStyles(workbook);
                this.reports = new XlsxSheets(workbook, styles, labels.get(Key.SHEET_REPORTS), labels,
                        BatchTable.REPORT_COLUMNS, maxRows);
                this.findings = new XlsxSheets(workbook, styles, labels.get(Key.SHEET_FINDINGS), labels,
                        BatchTable.FINDING_COLUMNS, maxRows);
            } catch (RuntimeException e) {
                workbook.close();
                throw diskError(e);
            }
        }

        @Override
        public void report(ReportResult report) throws IOException {
            try {
                reports.row(BatchTable.reportRow(report, options, labels));
                String[] lines = report.text().isEmpty() ? new String[0] : report.text().split("\n", -1);
                for (Finding f : Outputs.sorted(report.findings())) {
                    findings.row(BatchTable.findingRow(report, lines, f, options, labels));
                }
            } catch (RuntimeException e) {
                throw diskError(e);
            }
        }

        /**
         * POI reports a temporary file it cannot create or write (a full disk, no temporary folder) as
         * a runtime exception around the IOException; the caller reports an IOException as one line.
         */
        private static IOException diskError(RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                return new IOException("xlsx: " + io.getMessage(), io);
            }
            throw e;
        }

        @Override
        public void finish() throws IOException {
            if (closed) {
                throw new IOException("the workbook is already written");
            }
            try {
                reports.close();
                findings.close();
                workbook.write(out);
                out.flush();
            } finally {
                close();
            }
        }

        /** Deletes the temporary files of the sheets; writes nothing. */
        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                workbook.close();
            }
        }

        /** Rows held in memory by all sheets: bounded by the window whatever the size of the batch. */
        int rowsInMemory() {
            int rows = 0;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                for (var it = workbook.getSheetAt(i).rowIterator(); it.hasNext(); it.next()) {
                    rows++;
                }
            }
            return rows;
        }

        /** Rows written to disk so far, over all sheets. */
        int rowsFlushed() {
            int rows = 0;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                rows += workbook.getSheetAt(i).getLastFlushedRowNum() + 1;
            }
            return rows;
        }

        List<String> sheetNames() {
            return java.util.stream.IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetName).toList();
        }
    }
}
