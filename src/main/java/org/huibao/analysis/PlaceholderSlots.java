package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Spot;

/**
 * Masks read by the slot they fill rather than by their glyph: whatever a drafter masks with (✕, ○, ？, …, *,
 * ×), standing where only a value can stand, is a value left out. The slots: a document number's serial
 * (〔2026〕✕号, 〔2026〕##号, 第？号), the digits of a telephone number (0571-✕✕✕✕), a name between a title and 同志 or
 * the verb that names a role (副书记○同志, 局长？牵头), a rate before its percent sign (达到×%), a date's
 * month or day (2025年…月…日), and a unit's place name opening a clause before its kind (……局配合).
 *
 * <p>Left alone: the same glyphs in prose — an ellipsis that cuts a quotation, ○ as the zero of a Chinese
 * numeral (二○二五年), × between figures (3×4米), a question mark ending a question — since each slot is
 * bounded on both sides by what only a value sits between.
 */
final class PlaceholderSlots {
    // ╳ (a box-drawing diagonal cross), ◯ (a large circle) and ‥ (a two-dot leader) are typed as ✕, ○ and …
    private static final String GLYPHS = "xXｘＸ×✕✖╳*＊○〇◯□■△▲？?…‥·#＃";
    private static final String G = "[" + GLYPHS + "]";
    /** 〔2026〕✕号, [2025]？？号, 第…号: a serial masked between the year (or 第) and 号. */
    private static final Pattern SERIAL = Pattern.compile(
            "(?:[〔\\[［（(【](?:19|20)[0-9]{2}[〕\\]］）)】]|(?<![\\p{IsHan}])第)[ \\u3000]*(" + G + "+)[ \\u3000]*号");
    /**
     * The digits of a telephone, an identity card or an account number given after its label, with any number
     * of them masked at the end or in the middle (电话：0571-8765XX, 身份证号：3301021980****); an identity
     * card's check character X (18 characters in all, 33010219800101123X) is a digit, not a mask.
     */
    private static final Pattern NUMBER_FIELD = Pattern.compile(
            "(?:电话|手机|热线|传真|联系方式|号码|身份证号?|证件号|账号|帐号|卡号)[：:][ \\u3000]*[0-9０-９\\-－—()（） ]*?[0-9０-９][0-9０-９\\-－—]*("
            + G + "+)[0-9０-９]*(?![0-9０-９A-Za-z])");
    /** 0571-✕✕✕✕, 138****5678, 电话：？？？？: a telephone number's digits masked. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9])(?:0[0-9]{2,3}[-－—]?|1[3-9][0-9][-－ ]?[0-9]{0,4})(" + G + "{3,})"
            + "|(?:电话|手机|热线|传真|联系方式)[：:][ \\u3000]*(" + G + "{3,})");
    /** 副书记○同志, 局长？牵头: one to three glyphs where a name stands after a title. */
    private static final Pattern NAME = Pattern.compile(
            "(?<=书记|局长|主任|部长|县长|市长|厅长|处长|科长|主席|委员|组长|镇长|乡长|区长|经理|董事长|校长|院长|所长|站长)"
            + "([✕✖╳○〇◯□■△▲？?…‥·]{1,3})(?=同志|任|牵头|负责|担任|分管|主持|带队|为)");
    /**
     * 联系人：x，, 负责人：△: one glyph or a few as the whole value of a label that only a person's name fills.
     * (A run of two or more elsewhere is Placeholders' mask run; one glyph is a mask only where a name must be.)
     */
    private static final Pattern PERSON = Pattern.compile(
            "(?<=联系人|负责人|责任人|经办人|填报人|审核人|签发人|汇报人|述职人|报告人|起草人|承办人|姓名|组长|审批人|分管领导)[：:][ \\u3000]*("
            + G + "{1,4})[ \\u3000]*(?=[，,。；;、]|[ \\u3000]|$)");
    /** 达到×%, 增长✕✕％: a rate masked before its percent sign. */
    private static final Pattern RATE = Pattern.compile("(?<=\\p{IsHan})([×✕✖╳…‥◯]{1,4})(?=[%％])");
    /** 2025年…月…日, 6月✕日: a date's month or day masked by a glyph the mask pattern does not know. */
    private static final Pattern DATE = Pattern.compile("(?<=[0-9]年|^年)([✕✖╳…‥◯]{1,4})(?=月)|(?<=月)([✕✖╳…‥◯]{1,4})(?=[日号])"
            + "|(?:^|(?<=[，。；：:、\\s]))([✕✖╳‥◯]{1,2})(?=月[✕✖╳‥◯]{1,2}日)");
    /** ……局配合, ✕✕县: a unit's name masked, opening a clause before the kind of unit. */
    private static final Pattern UNIT = Pattern.compile(
            "(?:^[ \\u3000]*(…+|‥+|[✕✖╳？?]+|◯{2,})|(?<=[，、：:；。]|关于|由|在|对|向|与|和|及)(…+|‥+|[✕✖╳◯△▲？?]+|○{1,2}(?=[县市区乡镇村])))(?=[局县市区乡镇村委办厅部处科所站院校][\\p{IsHan}0-9])"
            // (not a word that opens on a unit's character: 在……局面下, 对……市场, 在……处理中)
            + "(?!局面|局势|局部|市场|区域|区别|部署|部分|处理|处置|科学|所有|所以|办法|办理|委员|站位|村庄|乡村|院落)");
    /** 〔20XX〕12号, [20××]✕号: a document number's year masked, whole or in its last digits. */
    private static final Pattern DOC_YEAR = Pattern.compile(
            "[〔\\[［（(【]((?:19|20)?" + G + "{2,4})[〕\\]］）)】](?=[ \\u3000]*(?:[0-9]|" + G + ")*[ \\u3000]*号)");
    private static final Pattern[] SLOTS = {SERIAL, DOC_YEAR, PHONE, NUMBER_FIELD, NAME, PERSON, RATE, DATE, UNIT};
    /** The glyphs as a table: most lines hold none, and one look-up a character tells so. */
    private static final CharTable MASKS = CharTable.where(ch -> GLYPHS.indexOf(ch) >= 0);

    private PlaceholderSlots() {
    }

    /** An identity card's check character: one X after 17 digits (33010219800101123X), not a mask. */
    private static boolean checkCharacter(String t, int from, int to) {
        if (to - from != 1 || "xXＸｘ".indexOf(t.charAt(from)) < 0) {
            return false;
        }
        int digits = 0;
        for (int k = from - 1; k >= 0 && Character.isDigit(t.charAt(k)); k--) {
            digits++;
        }
        return digits == 17;
    }

    static void find(LineContext c, List<Spot> out) {
        String t = c.text();
        boolean any = false;
        for (int i = 0; i < t.length() && !any; i++) {
            any = MASKS.has(t.charAt(i));
        }
        if (!any) {
            return;
        }
        for (Pattern p : SLOTS) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.start(g) >= 0 && !(p == NUMBER_FIELD && checkCharacter(t, m.start(g), m.end(g)))) {
                        Placeholders.addNew(c, out, m.start(g), m.end(g));
                    }
                }
            }
        }
    }
}
