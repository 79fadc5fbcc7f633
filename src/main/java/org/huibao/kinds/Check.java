package org.huibao.kinds;

import java.util.List;
import org.drools.model.Global;
import org.drools.model.RuleItemBuilder;
import org.huibao.api.FindingSink;
import org.huibao.api.Message;
import org.huibao.lexicon.Lexicon;

/** What one rule of a kind looks for, read from its file, and how it becomes a rule of the engine. */
interface Check {

    /** The word lists whose hits the rule reads, named after the rule ({@code rule:ID}…); their entries' source is {@code file}. */
    List<Lexicon> lexicons(String file);

    /**
     * The rule's conditions, then its consequence, in the executable model: what it matches and how it
     * reports. The genre filter is added by the caller.
     *
     * @param exprId a prefix unique to this rule for its conditions' ids (Drools shares conditions by id)
     */
    List<RuleItemBuilder<?>> body(String exprId, Global<FindingSink> findings);

    /** The suggestion a rule of this kind has when its file gives none. */
    default Message suggestion() {
        return Message.NONE;
    }
}
