package org.huibao.output;

import java.util.Objects;
import org.huibao.model.Lang;

/**
 * How to render a run.
 *
 * @param lang  language of labels and messages
 * @param color ANSI colours (text only; the caller decides, e.g. when stdout is a terminal)
 * @param quiet only failing and unreadable reports and the summary (text only: machine formats stay
 *              complete so that consumers never have to guess what was left out)
 */
public record OutputOptions(Lang lang, boolean color, boolean quiet) {

    public OutputOptions {
        Objects.requireNonNull(lang, "lang");
    }

    public static OutputOptions defaults() {
        return new OutputOptions(Lang.ZH, false, false);
    }
}
