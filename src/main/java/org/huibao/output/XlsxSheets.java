package org.huibao.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.huibao.output.BatchTable.Column;
import org.huibao.output.BatchTable.Kind;
import org.huibao.output.Labels.Key;

/**
 * One table of the workbook, written row by row: a sheet with a frozen header row and filters over its
 * columns, continued on a further sheet ({@code 问题 2}) when a sheet is full, as a batch with a million
 * findings would make it. Keeps only the widest text of each column, so its memory does not grow with
 * the rows.
 */
final class XlsxSheets {

    /** Room either side of the text in a column, in character widths. */
    private static final int PADDING = 2;
    private static final int MIN_WIDTH = 6;

    private final SXSSFWorkbook workbook;
    private final XlsxStyles styles;
    private final String name;
    private final Labels labels;
    private final List<Column> columns;
    private final int maxRows;
    private final int[] widths;
    private final List<SXSSFSheet> sheets = new ArrayList<>();
    private SXSSFSheet sheet;
    private int next;

    XlsxSheets(SXSSFWorkbook workbook, XlsxStyles styles, String name, Labels labels, List<Column> columns, int maxRows) {
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.labels = labels;
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
        this.widths = new int[columns.size()];
        startSheet();
    }

    private void startSheet() {
        String sheetName = sheets.isEmpty() ? name : labels.format(Key.SHEET_CONTINUED, name, sheets.size() + 1);
        sheet = workbook.createSheet(sheetName);
        sheets.add(sheet);
        sheet.createFreezePane(0, 1);
        Row header = sheet.createRow(0);
        List<String> headers = BatchTable.headers(columns, labels);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(styles.header());
            widths[i] = Math.max(widths[i], TextWidth.of(headers.get(i)));
        }
        next = 1;
    }

    /** Adds a row: strings as string cells (never formulas), numbers as numbers, null and "" as blank. */
    void row(List<Object> values) {
        if (next == maxRows) {
            startSheet();
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            Object v = values.get(i);
            Column column = columns.get(i);
            String shown;
            if (v instanceof Number n) {
                Cell c = row.createCell(i);
                c.setCellValue(n.doubleValue());
                c.setCellStyle(column.kind() == Kind.SCORE ? styles.score() : styles.integer());
                shown = column.kind() == Kind.SCORE ? Outputs.oneDecimal(n.doubleValue())
                        : String.format(Locale.ROOT, "%d", n.longValue());
            } else if (v instanceof String s && !s.isEmpty()) {
                Cell c = row.createCell(i);
                c.setCellValue(s);
                c.setCellStyle(styles.text());
                shown = s;
            } else {
                continue;
            }
            if (widths[i] < column.maxWidth()) {
                widths[i] = Math.max(widths[i], TextWidth.of(shown));
            }
        }
    }

    /** Sets the widths (wider text wraps) and the filters over every row of each sheet. */
    void close() {
        for (int s = 0; s < sheets.size(); s++) {
            SXSSFSheet each = sheets.get(s);
            for (int i = 0; i < columns.size(); i++) {
                int chars = Math.max(MIN_WIDTH, Math.min(widths[i], columns.get(i).maxWidth())) + PADDING;
                each.setColumnWidth(i, chars * 256);
            }
            int lastRow = s < sheets.size() - 1 ? maxRows - 1 : next - 1;
            each.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
        }
    }
}
