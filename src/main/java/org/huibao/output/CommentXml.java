package org.huibao.output;

import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTComment;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/** One huibao comment as Word stores it (w:comment): the same in an annotated copy and a new document. */
final class CommentXml {

    /** The author Word, WPS and LibreOffice show on every comment huibao writes. */
    static final String AUTHOR = "huibao";
    static final String INITIALS = "HB";

    private CommentXml() {
    }

    /**
     * Fills an empty w:comment: id, author and initials, one w:p per paragraph (a line break inside a
     * paragraph starts another). No date: the same check gives the same bytes, and a check's time says
     * nothing about the draft. Text that XML cannot carry, or that could hide or reorder what a reviewer
     * reads, is shown as visible escapes, as in the html and junit formats.
     */
    static void fill(CTComment comment, BigInteger id, List<String> paragraphs) {
        comment.setId(id);
        comment.setAuthor(AUTHOR);
        comment.setInitials(INITIALS);
        for (String paragraph : paragraphs) {
            for (String line : Outputs.xmlSafe(paragraph).split("\n", -1)) {
                CTP p = comment.addNewP();
                CTR r = p.addNewR();
                CTText t = r.addNewT();
                t.setStringValue(line);
                if (!line.equals(line.strip())) {
                    t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
                }
            }
        }
    }
}
