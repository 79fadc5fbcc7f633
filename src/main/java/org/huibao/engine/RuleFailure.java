package org.huibao.engine;

import org.huibao.api.Message;

/**
 * The rules could not finish on one report: a rule threw, or they ran past the time limit (a rule
 * that keeps re-activating itself). The report gets an error naming the rule; the run goes on.
 */
public final class RuleFailure extends RuntimeException {
    private final transient Message reason;

    RuleFailure(Message reason, Throwable cause) {
        super(reason.en(), cause);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
