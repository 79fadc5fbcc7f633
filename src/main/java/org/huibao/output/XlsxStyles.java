package org.huibao.output;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The few cell styles of the workbook, made once: a workbook has a limit on styles, and one per cell
 * would reach it in a large batch.
 */
final class XlsxStyles {
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle integer;
    private final CellStyle score;

    XlsxStyles(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);

        // Top-aligned, so that a row made tall by one wrapped message still reads across.
        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        integer = workbook.createCellStyle();
        integer.setVerticalAlignment(VerticalAlignment.TOP);
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));

        score = workbook.createCellStyle();
        score.setVerticalAlignment(VerticalAlignment.TOP);
        score.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
    }

    CellStyle header() {
        return header;
    }

    CellStyle text() {
        return text;
    }

    CellStyle integer() {
        return integer;
    }

    CellStyle score() {
        return score;
    }
}
