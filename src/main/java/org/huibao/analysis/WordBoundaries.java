package org.huibao.analysis;

import java.util.List;

/**
 * Tells an editing slip (党风廉政建建设, 认真真落实, 的的) from a character that is doubled because two
 * words meet on it (激发发展, 归侨侨眷, 人民民主) or because a word or name doubles it (稳稳的, 《柳柳州》),
 * by segmenting the clause it stands in.
 */
final class WordBoundaries {
    /** How far a short quoted name runs: “清清黄河”, 《柳柳州》. */
    static final int NAME_LENGTH = 10;

    /** How much of the clause on each side of a doubling is segmented: enough to see the words there. */
    static final int WINDOW = 20;

    /**
     * Verbs that never double: 是是, 有有, 为为 are typed twice, and so are the auxiliaries before a verb (要要做到,
     * 能能够, 应应当), which unlike 看看, 想想 have no reduplicated form.
     */
    private static final String NEVER_DOUBLED = "是有为要能应须需该敢肯";

    /** Characters that end words as suffixes (完成率, 满意度, 规范化, 参与者) and never reduplicate. */
    private static final String SUFFIXES = "率度性化者员费额";
    /** The characters of administrative levels, which start compounds the dictionary lacks (村集体, 区县, 市直). */
    private static final String LEVELS = "省市县区乡镇村州盟旗";
    /** The kinds of place a place's name ends in (北城街, 中山路, 张家村): a word after it may start with the same character. */
    private static final String PLACE_KINDS = "街路村巷里湾桥港屯寨庄坊";
    /** The offices of a street or a village, named with the place's kind after the place's name (人民街街道办事处). */
    private static final java.util.Set<String> PLACE_OFFICES = java.util.Set.of("街道", "街道办", "街道办事处", "村委会",
            "村委", "村民委员会", "村党支部", "村党总支");
    /** The bodies of an administrative level, named with the level's character (县政府, 县委, 县人大). */
    private static final java.util.Set<String> LEVEL_BODIES = java.util.Set.of("政府", "人民政府", "委", "党委", "人大", "政协", "纪委");

    /**
     * Words of official texts the dictionary lacks, which a doubling often straddles: 对标|标杆, 强化|化债,
     * 缴费|费率, 中小学生|生均, 劳务工|工资 are two words meeting on a character, not a slip.
     */
    private static final java.util.Set<String> LACKING = java.util.Set.of("对标", "化债", "生均", "费率", "劳务工",
            "标杆", "提质", "增效", "扩面", "控源", "截污", "清单", "台账", "网格", "兜底", "销号");
    /**
     * What a line joining two places is, named by one character of each (黄黄高铁: 黄冈–黄石, 广汕汕高铁):
     * a doubling right before one is the name's.
     */
    private static final List<String> ROUTES = List.of("高铁", "铁路", "高速", "城际", "公路", "大桥", "通道", "航线", "管道", "运河");

    private final Segmenter segmenter;
    private final WrittenDoublings written = WrittenDoublings.get();

    WordBoundaries(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** True when the character doubled at {@code i} and {@code i + 1} of {@code text} was typed twice. */
    boolean slip(String text, int i) {
        // a context several organs write is language, whatever the dictionary knows (小学|学生, 健全|全过程)
        if (insideShortQuote(text, i) || listedName(text, i) || routeName(text, i) || written.written(text, i)
                || parallelItem(text, i)) {
            return false;
        }
        // two words meet on the character whatever the segmenter makes of the clause: 激发|发展, 对标|标杆
        if (wordEndsAt(text, i) && wordStartsAt(text, i + 1)) {
            return false;
        }
        // one copy taken out leaves a word of three or more characters across the place: 现代代化 (现代化),
        // 基础础性 (基础性), 生产产总值 (生产总值) — inside a word, never where two words meet
        if (acrossWithOneCopy(text, i)) {
            return true;
        }
        int from = windowFrom(text, i);
        List<Segmenter.Token> tokens = around(text, i, from);
        int left = TokenSpans.indexAt(tokens, i - from);
        int right = TokenSpans.indexAt(tokens, i + 1 - from);
        if (left < 0 || right < 0) {
            return false;
        }
        if (left == right) {
            // one word holds both (稳稳, 常常, 公公) — unless it strands a character that makes a word with
            // the doubled one: 政务|公公|开 is 公开 with 公 typed twice, 她公公|开车 is not
            // 满意|度度: a suffix doubled right after the word it ends
            boolean suffix = SUFFIXES.indexOf(text.charAt(i)) >= 0 && left > 0 && tokens.get(left - 1).end() == tokens.get(left).start()
                    && tokens.get(left - 1).word().length() >= 2 && Han.is(tokens.get(left - 1).word().charAt(0));
            return suffix || strands(tokens, left, text.charAt(i)) || beforeCompound(tokens, left, text.charAt(i));
        }
        Segmenter.Token l = tokens.get(left);
        Segmenter.Token r = tokens.get(right);
        int ll = l.word().length();
        int rl = r.word().length();
        if (ll >= 2 && rl >= 2) {
            return false; // 激发|发展, 归侨|侨眷
        }
        if (ll >= 2 && rl == 1 && SUFFIXES.indexOf(r.word().charAt(0)) >= 0
                && !(right + 1 < tokens.size() && word(r.word() + tokens.get(right + 1).word()))) {
            return true; // 标准化|化|改革: a suffix typed twice at the end of its word
        }
        if (ll >= 2 && r.word().equals("法") && (right + 1 >= tokens.size() || !Han.is(tokens.get(right + 1).word().charAt(0))
                || "等和与及".contains(tokens.get(right + 1).word()))) {
            return false; // 立法|法: the name of a law on a word that ends in 法 (立法法、监督法等)
        }
        if (ll >= 2) {
            // 认真|真|落实, 切实|实|抓好: a stray character after a word; not a verb of its own after a noun
            // (工作|作了, 主任|任组长) — after a verb it is one (争取|取, 要求|求) —, nor one that starts a
            // compound with the noun after it (创新|新|能源, 汽车|车|路)
            // — an adjective before the noun (新|能源) or a short morpheme after it (车|路, 路|侧), which the
            // dictionary may lack as a compound; a noun's character before a noun of two or more characters that
            // it makes no word with is a stray copy (民营|营|企业, 决策|策|程序) — unless it names a level of
            // administration, which starts compounds of its own (行政村|村|集体, 郊区|区|县城)
            boolean beforeNoun = right + 1 < tokens.size() && (nounish(tokens.get(right + 1))
                    && (tokens.get(right + 1).word().length() == 1 || !r.pos().startsWith("n") || LEVELS.indexOf(r.word().charAt(0)) >= 0)
                    || word(r.word() + tokens.get(right + 1).word()));
            // a verb of its own takes an aspect particle or an object (作了, 任组长), not an adjective or
            // nothing (整改|改|不力); the light verb 作 also an adverb or an adjective before its object (工作|作|不正确的干涉,
            // 工作|作|全面|部署)
            String after = right + 1 < tokens.size() ? tokens.get(right + 1).pos() : "w";
            boolean takesObject = after.startsWith("u") || after.startsWith("n") || after.startsWith("r")
                    || after.startsWith("m") || after.startsWith("q") || after.startsWith("v") || after.equals("j")
                    || after.startsWith("p") || after.equals("b")
                    || (after.equals("d") || after.startsWith("a") && secondAfterIsVerb(tokens, right)) && r.word().equals("作");
            boolean verbOfItsOwn = r.verb() && !l.pos().equals("v") && takesObject;
            // a noun's own chief: 产业链|链|长制, 河|河长 — the thing named again with 长
            boolean chief = l.pos().startsWith("n") && right + 1 < tokens.size()
                    && tokens.get(right + 1).word().startsWith("长");
            // the start of a compound the dictionary lacks, one character before another (道路|路|侧,
            // 慢性病|病|种, 推动|动|漫, 建成|成|渝), or the prefix 全 before a word (安全|全|覆盖, 全流程)
            Segmenter.Token following = right + 1 < tokens.size() ? tokens.get(right + 1) : null;
            boolean suffixed = following != null && following.start() == r.end()
                    && following.word().length() == 1 && Han.is(following.word().charAt(0)) && !function(following.pos())
                    && !following.pos().startsWith("d") && !following.pos().startsWith("r")
                    // 网格|格|员: a suffix after the stray copy that makes no word with it belongs to the word
                    // before (网格员), so the copy starts no compound
                    && !(SUFFIXES.indexOf(following.word().charAt(0)) >= 0 && !word(r.word() + following.word()));
            // 纳入|入|季度: a verb typed again after the verb it ends takes no object of its own there —
            // unless the two make a word the dictionary lacks
            boolean verbAgain = l.pos().startsWith("v") && r.pos().equals("v") && following != null
                    && !word(r.word() + following.word());
            boolean prefix = following != null && following.start() == r.end() && r.word().equals("全")
                    && following.word().length() >= 2;
            // a preposition, conjunction or particle that opens what follows: 现在|在|整个, 脚踏实地|地|为,
            // 目的|的|实现
            boolean opens = r.pos().startsWith("p") || r.pos().startsWith("c") || r.pos().startsWith("u");
            return !verbOfItsOwn && (!beforeNoun || verbAgain) && !chief && !suffixed && !prefix && !opens;
        }
        if (rl >= 2 && LEVEL_BODIES.contains(r.word().substring(1))) {
            return true; // 镇|镇政府, 县|县委: the body's name already names its level
        }
        if (rl >= 2 && SUFFIXES.indexOf(l.word().charAt(0)) >= 0 && left > 0 && tokens.get(left - 1).end() == l.start()
                && tokens.get(left - 1).word().length() >= 2) {
            return false; // 完成|率|率先: the suffix of the word before, then a word that starts with it
        }
        if (rl >= 2 && (l.pos().startsWith("c") || l.pos().startsWith("p")
                || l.pos().equals("f") && left > 0 && tokens.get(left - 1).pos().startsWith("n") && tokens.get(left - 1).end() == l.start())) {
            // a conjunction or preposition before a word that starts with it (和|和平共处, 先进文化和|和谐社会,
            // 国家对|对外贸易的管制), a localizer after its noun (在社会上|上升): two words
            return false;
        }
        if (rl >= 2) {
            // 建|建设: a stray character before a word; not a noun that ends a compound (陕煤|煤炭, 租赁房|
            // 房租), nor one that makes a word with what precedes it
            // a noun ends a compound after an abbreviation's piece or a verb (陕|煤, 租赁|房), not after a
            // noun of its own (年度|党|党建)
            Segmenter.Token before = left > 0 ? tokens.get(left - 1) : null;
            boolean compound = before != null && before.end() == l.start()
                    && (before.word().length() == 1 || before.pos().startsWith("v") || before.pos().equals("j"));
            boolean noun = (l.pos().startsWith("n") || l.pos().equals("j")) && compound;
            // a verb doubled before its object (治|治病, 洗|洗澡 as in 洗洗澡、治治病): the verb-object word
            // is a verb whose second character is a noun of its own; not 建|建设, 学|学习, 管|管理
            boolean verbObject = rl == 2 && l.pos().equals("v") && r.pos().equals("v")
                    && segmenter.noun(r.word().charAt(1));
            // 加深|了|了解: the aspect particle after a verb, then a word that starts with 了
            boolean particle = l.pos().startsWith("u") && before != null && before.verb() && before.end() == l.start();
            // the end of a two-character word the dictionary lacks (低|保|保障, 散|养|养殖, 云|上|上饶) — unless
            // the word's second character joins what follows it (环|评|评审|批 is 环评|审批 typed with 评 twice)
            Segmenter.Token after = right + 1 < tokens.size() ? tokens.get(right + 1) : null;
            boolean rejoins = after != null && after.start() == r.end() && word(r.word().substring(1) + after.word());
            // the reflexive prefix 自 makes a word with a verb the dictionary may lack (自|产|产品, 自|查|查找)
            boolean unknownWord = before != null && before.end() == l.start() && before.word().length() == 1
                    && (Han.is(before.word().charAt(0)) && !function(before.pos()) && !before.pos().startsWith("r")
                    && !before.pos().startsWith("d") || before.word().equals("自") && l.verb()) && !rejoins;
            // a place's name ends in its kind (北城|街, 东|村) and the next word starts with that kind: 北城街|街道,
            // 张家村|村委会 are a place and its office, not a slip
            // — whatever the name is made of when the next word is the place's office (人民街|街道办事处)
            boolean placeKind = before != null && before.end() == l.start() && PLACE_KINDS.indexOf(l.word().charAt(0)) >= 0
                    && (before.pos().startsWith("ns") || before.pos().equals("nz") || PLACE_OFFICES.contains(r.word()));
            return !noun && !verbObject && !particle && !unknownWord && !placeKind
                    && !(before != null && word(before.word() + l.word()));
        }
        // two single characters: a function word twice (的的, 在在, 和和) is a slip; 稳稳的 (an adjective
        // doubled before 的/地), 个个, and content characters the dictionary does not join (names: 企安安,
        // idioms: 是就是是) are not
        // a character the dictionary knows as no word of its own, doubled, in no word it knows either: a
        // reduplicated descriptive word (芳草萋萋) or a name it lacks (引大济湟|湟水), which it cannot tell from a
        // slip (网格|格员 is one: 格 ends a word)
        if (!segmenter.freeWord(text.charAt(i)) && !wordEndsAt(text, i) && !wordStartsAt(text, i + 1)) {
            return false;
        }
        String next = right + 1 < tokens.size() ? tokens.get(right + 1).word() : "";
        boolean beforeParticle = next.equals("的") || next.equals("地");
        String pos = l.pos();
        // 是 and 有 are verbs that never double (是是, 有有): typed twice
        // …unless the second is the word spoken of, ending its clause: 是就是是、非就是非
        boolean neverDoubled = NEVER_DOUBLED.indexOf(l.word().charAt(0)) >= 0 && !next.isEmpty()
                && ClauseReader.BREAKS.indexOf(next.charAt(0)) < 0 && !next.equals("、");
        // a suffix never doubles (办结率率, 满意度度): the pair is no word and the second starts none
        if (SUFFIXES.indexOf(l.word().charAt(0)) >= 0 && !word(l.word() + r.word())
                && !(right + 1 < tokens.size() && word(r.word() + tokens.get(right + 1).word()))) {
            return true;
        }
        boolean content = pos.startsWith("v") && !neverDoubled || pos.startsWith("n")
                || pos.startsWith("q") || pos.equals("j");
        // 稳稳托住, 牢牢把握: an adjective doubled as the adverb of the verb after it — where the first copy ends
        // no word of the character before it (认真真落实 is 认真 with 真 typed twice)
        boolean beforeVerb = right + 1 < tokens.size() && tokens.get(right + 1).verb() && tokens.get(right + 1).start() == r.end()
                && pos.startsWith("a") && !wordEndsAt(text, i);
        // 旺旺食品, 新新游戏生态产业园, 蛮蛮云: a modifier doubled before a noun, where the first copy ends no word
        // before it, opens a firm's or a place's name (a slip doubles a function word: 的的, 在在, 很很好)
        boolean beforeNoun = right + 1 < tokens.size() && tokens.get(right + 1).start() == r.end()
                && tokens.get(right + 1).pos().startsWith("n") && !wordEndsAt(text, i);
        return !content && !((beforeParticle || beforeVerb || beforeNoun) && (pos.startsWith("a") || pos.startsWith("d")))
                && !abbreviations(tokens, left) && !(!function(pos) && unknownName(tokens, right));
    }

    /** A noun as tagged, or a word the dictionary often reads as one (改革创新|新|要求: 要求 tagged a verb). */
    private boolean nounish(Segmenter.Token t) {
        return t.pos().startsWith("n") || segmenter.oftenNoun(t.word());
    }

    /** The word two after {@code k} is a verb: 作|全面|部署, 作|深入|研究 — the light verb's object. */
    private static boolean secondAfterIsVerb(List<Segmenter.Token> tokens, int k) {
        return k + 2 < tokens.size() && tokens.get(k + 2).pos().startsWith("v");
    }

    /** A dictionary word of two to four characters ends at {@code i} (its last character). */
    private boolean wordEndsAt(String text, int i) {
        return wordEndsBefore(text, i + 1);
    }

    /** A word of the dictionary or of official texts, two to four Han characters, ends right before {@code end}. */
    static boolean wordEndsBefore(String text, int end) {
        for (int len = 2; len <= 4 && end - len >= 0; len++) {
            if (allHan(text, end - len, end) && isWord(text.substring(end - len, end))) {
                return true;
            }
        }
        return false;
    }

    /** A dictionary word of two to four characters starts at {@code i}. */
    private boolean wordStartsAt(String text, int i) {
        for (int len = 2; len <= 4 && i + len <= text.length(); len++) {
            if (allHan(text, i, i + len) && word(text.substring(i, i + len))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text with the copy at {@code i + 1} taken out has a dictionary word of three or four
     * characters holding the character before the doubling, the doubled one and the one after it.
     */
    private boolean acrossWithOneCopy(String text, int i) {
        if (i == 0 || i + 2 >= text.length()) {
            return false;
        }
        String joined = text.substring(Math.max(0, i - 2), i + 1) + text.substring(i + 2, Math.min(text.length(), i + 4));
        int at = Math.min(i, 2); // where the doubled character is in joined
        for (int len = 3; len <= 4; len++) {
            for (int from = Math.max(0, at + 2 - len); from <= at - 1 && from + len <= joined.length(); from++) {
                if (allHan(joined, from, from + len) && word(joined.substring(from, from + len))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allHan(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Han.is(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The doubling opens an item of a list whose item before or after opens with a doubling too: 热热饭、充充电、
     * 取取暖 — verbs said twice on purpose, item after item; a slip is one editor's and has no twin beside it.
     */
    static boolean parallelItem(String text, int i) {
        if (i > 0 && ITEM_OPENS.indexOf(text.charAt(i - 1)) < 0) {
            return false;
        }
        int next = text.indexOf('、', i + 2);
        if (next > 0 && next < i + 8 && doubledAt(text, next + 1)) {
            return true;
        }
        if (i == 0 || text.charAt(i - 1) != '、') {
            return false;
        }
        int start = i - 2;
        while (start >= 0 && ITEM_OPENS.indexOf(text.charAt(start)) < 0) {
            start--;
        }
        return i - 2 - start <= 6 && start + 2 < i - 1 && doubledAt(text, start + 1);
    }

    /** What a list's item opens after: a 顿号, a clause's mark, a quotation or a bracket. */
    private static final String ITEM_OPENS = "、，；：。“（";

    private static boolean doubledAt(String text, int k) {
        return k + 1 < text.length() && Han.is(text.charAt(k)) && text.charAt(k) == text.charAt(k + 1);
    }

    /**
     * A doubling that is an item of a list of names on its own, or with one more character: 玉柴、银亿、旺旺、燕京,
     * 向海、莫莫格、哈泥保护区, 大石峡、莫莫克等 — a company or a place, not a slip.
     */
    private static boolean listedName(String text, int i) {
        boolean opens = i == 0 || "、，（(“".indexOf(text.charAt(i - 1)) >= 0;
        int end = i + 2 < text.length() && Han.is(text.charAt(i + 2)) ? i + 3 : i + 2;
        boolean closes = end < text.length() && "、等".indexOf(text.charAt(end)) >= 0;
        // 促使旺旺、娃哈哈、嘉士伯…: a pair that a 顿号 follows at once, a list of names opened after a verb — not a
        // function word typed twice (的的、)
        boolean listed = i + 2 < text.length() && text.charAt(i + 2) == '、' && FUNCTION_CHARACTERS.indexOf(text.charAt(i)) < 0;
        return opens && closes || listed;
    }

    /** Characters of function words, which a slip doubles: 的的, 和和, 在在. */
    private static final String FUNCTION_CHARACTERS = "的了和与及在是有为将把被也都就很要对从向以于之而或并且";

    /**
     * 黄黄高铁, 广汕汕高铁: a doubling right before a line that joins two places named by a character each; 沪渝高速黄黄改扩建:
     * right after the line, the section of it between two such places — unless the second copy starts a word
     * (高速建建设 is 建设 with 建 typed twice).
     */
    private boolean routeName(String text, int i) {
        for (String r : ROUTES) {
            if (text.startsWith(r, i + 2) || i >= r.length() && text.startsWith(r, i - r.length())
                    && !(i + 3 <= text.length() && word(text.substring(i + 1, i + 3)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word at {@code k}, a doubled character, leaves a lone content character next to it
     * that makes a dictionary word with that character (政务|公公|开: 公开; 办|公公|室 would be 办公).
     */
    private boolean strands(List<Segmenter.Token> tokens, int k, char doubled) {
        Segmenter.Token word = tokens.get(k);
        // only a noun stands apart from the verb after it (公公, 宝宝); a distributive doubling (层层, 处处,
        // 人人) is made to lead one: 层层|报|送, 处处|留|心
        // nor a character that is a noun of its own: it may end the compound before it (谈话人|人选,
        // 市政府网|网上), two words meeting on it
        if (word.word().length() != 2 || !word.pos().startsWith("n") || !word(word.word())
                || segmenter.noun(doubled)) {
            return false;
        }
        Segmenter.Token after = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        Segmenter.Token before = k > 0 ? tokens.get(k - 1) : null;
        // after the noun, only a verb or an adjective is stranded: a localizer or a measure word follows a
        // noun of its own (市政府网|网上: 网|上)
        return lone(after, word.end()) && predicate(after) && word(doubled + after.word())
                || lone(before, word.start()) && before.end() == word.start() && word(before.word() + doubled);
    }

    /**
     * A distributive doubling (县县, 村村, 户户) before a noun that the single character makes a compound
     * with (县县|政府: 县政府): the character typed twice at a word's start. 县县通, 村村建 lead a verb.
     */
    private boolean beforeCompound(List<Segmenter.Token> tokens, int k, char doubled) {
        Segmenter.Token word = tokens.get(k);
        Segmenter.Token after = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        return word.word().length() == 2 && after != null && after.start() == word.end() && after.word().length() >= 2
                && after.pos().startsWith("n") && word(doubled + after.word());
    }

    private static boolean predicate(Segmenter.Token t) {
        return t.pos().startsWith("v") || t.pos().startsWith("a");
    }

    /** A one-character content word touching the offset: not a particle, pronoun or adverb that stands alone. */
    private static boolean lone(Segmenter.Token t, int touching) {
        return t != null && t.word().length() == 1 && (t.start() == touching || t.end() == touching)
                && Han.is(t.word().charAt(0)) && !function(t.pos()) && !t.pos().startsWith("r") && !t.pos().startsWith("d");
    }

    /** In a run of one-character abbreviations: 武|鄂|黄|黄 (武汉、鄂州、黄冈、黄石), 京|津|冀. */
    private static boolean abbreviations(List<Segmenter.Token> tokens, int left) {
        if (left == 0) {
            return false;
        }
        Segmenter.Token before = tokens.get(left - 1);
        return before.word().length() == 1 && before.pos().equals("j") && before.end() == tokens.get(left).start();
    }

    /**
     * The start of a name the dictionary does not know, before the noun that says what it is: 莫|莫|克|水库,
     * 莫|莫|格|湿地. A slip before a function word (很很好地) or a word (都都按时) is not one.
     */
    private static boolean unknownName(List<Segmenter.Token> tokens, int right) {
        if (right + 2 >= tokens.size()) {
            return false;
        }
        Segmenter.Token third = tokens.get(right + 1);
        Segmenter.Token noun = tokens.get(right + 2);
        if (noun.word().equals("等") && right + 3 < tokens.size()) {
            noun = tokens.get(right + 3); // 莫莫克等水利枢纽
        }
        String p = third.pos();
        return third.word().length() == 1 && Han.is(third.word().charAt(0)) && !function(p) && !p.startsWith("r")
                && !p.startsWith("d") && noun.word().length() >= 2 && (noun.pos().startsWith("n") || noun.pos().equals("l"));
    }

    /** Particles, prepositions, conjunctions, marks, modal particles and interjections. */
    private static boolean function(String pos) {
        return pos.startsWith("u") || pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("w")
                || pos.startsWith("y") || pos.startsWith("e");
    }

    /**
     * Where a slip that a correct doubling would hide is reported, with the text that replaces it: the
     * stranded character goes with 公公 (政务公公开: “公公开” → “公开”), the word that ends in the first half
     * goes with 一步一步 (进一步一步: “进一步一步” → “进一步”). Null when the doubling itself is the place.
     * Called only for a doubling already found to be a slip, from {@code i} to {@code end} of {@code text}.
     */
    String[] reach(String text, int i, int end) {
        int from = Math.max(ClauseReader.windowStart(text, i), i - WINDOW);
        int to = end;
        while (to < text.length() && to < end + WINDOW && ClauseReader.BREAKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        List<Segmenter.Token> tokens = segmenter.tokens(text.substring(from, to));
        if (end - i == 2) {
            int k = TokenSpans.indexAt(tokens, i - from);
            if (k < 0 || tokens.get(k).start() != i - from || tokens.get(k).end() != end - from
                    || !tokens.get(k).pos().startsWith("n") || !word(tokens.get(k).word())
                    || segmenter.noun(text.charAt(i))) {
                return null;
            }
            char doubled = text.charAt(i);
            Segmenter.Token after = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            if (lone(after, end - from) && predicate(after) && word(doubled + after.word())) {
                return new String[] {String.valueOf(i), String.valueOf(end + 1), doubled + after.word()};
            }
            Segmenter.Token before = k > 0 ? tokens.get(k - 1) : null;
            if (lone(before, i - from) && word(before.word() + doubled)) {
                return new String[] {String.valueOf(i - 1), String.valueOf(end), before.word() + doubled};
            }
            return null;
        }
        int middle = (i + end) / 2;
        for (Segmenter.Token t : tokens) {
            if (t.start() < i - from && t.end() == middle - from) {
                return new String[] {String.valueOf(t.start() + from), String.valueOf(end), text.substring(t.start() + from, middle)};
            }
        }
        return null;
    }

    /**
     * The doubling at {@code i} of {@code text} reported with the word of two or more characters that the
     * segmenter ends on its first copy (网格|格|员: “网格格” → “网格”), when the second copy stands before a
     * suffix or a noun it makes no word with; null otherwise.
     */
    String[] afterWord(String text, int i) {
        int from = windowFrom(text, i);
        List<Segmenter.Token> tokens = around(text, i, from);
        int left = TokenSpans.indexAt(tokens, i - from);
        if (left < 0 || left != TokenSpans.indexAt(tokens, i + 1 - from) - 1 || tokens.get(left).end() != i + 1 - from
                || tokens.get(left).word().length() < 2 || tokens.get(left + 1).word().length() != 1 || left + 2 >= tokens.size()) {
            return null;
        }
        // the copy strands a suffix that belongs to the word (网格|格|员), or stands before a noun it makes no word
        // with (民营|营|企业); not 共产党|党|和 or 郊区|区|县
        Segmenter.Token after = tokens.get(left + 2);
        boolean suffix = after.word().length() == 1 && SUFFIXES.indexOf(after.word().charAt(0)) >= 0;
        boolean noun = after.word().length() >= 2 && after.pos().startsWith("n") && tokens.get(left + 1).pos().startsWith("n")
                && LEVELS.indexOf(text.charAt(i)) < 0;
        if (!suffix && !noun || word(tokens.get(left + 1).word() + after.word())) {
            return null;
        }
        int start = tokens.get(left).start() + from;
        return new String[] {String.valueOf(start), String.valueOf(i + 2), text.substring(start, i + 1)};
    }

    /** Where the clause read around the doubling at {@code i} starts: its clause's start, at most {@link #WINDOW} before. */
    private static int windowFrom(String text, int i) {
        return Math.max(ClauseReader.windowStart(text, i), i - WINDOW);
    }

    /** The words of the clause around the doubling at {@code i}, from {@code from} to its clause's end or {@link #WINDOW} after. */
    private List<Segmenter.Token> around(String text, int i, int from) {
        int to = i + 2;
        while (to < text.length() && to < i + 2 + WINDOW && ClauseReader.BREAKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return segmenter.tokens(text.substring(from, to));
    }

    /** A dictionary word, or one of official texts the dictionary lacks. */
    boolean word(String s) {
        return isWord(s);
    }

    private static boolean isWord(String s) {
        return LACKING.contains(s) || Segmenter.inDictionary(s);
    }

    /** Inside a short 《…》 or “…”: a name, written as it is. */
    static boolean insideShortQuote(String text, int i) {
        int open = -1;
        for (int k = i - 1; k >= 0 && k >= i - NAME_LENGTH; k--) {
            char c = text.charAt(k);
            if (c == '《' || c == '“') {
                open = k;
                break;
            }
            if (c == '》' || c == '”') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        char close = text.charAt(open) == '《' ? '》' : '”';
        for (int k = i + 2; k < text.length() && k <= open + NAME_LENGTH + 1; k++) {
            if (text.charAt(k) == close) {
                return true;
            }
        }
        return false;
    }
}
