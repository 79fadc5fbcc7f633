package org.huibao.serve;

import java.nio.file.Path;
import org.huibao.api.Lang;

/**
 * One check as the server asks for it: the uploaded copy and what to answer with.
 *
 * @param file        the server's temporary copy of the report
 * @param name        the name shown in the result
 * @param format      a format name of {@code huibao check --format}, already known to exist
 * @param lang        the message language
 * @param includeText whether the JSON result also carries the report text (see {@link JsonWithText})
 */
record CheckRequest(Path file, String name, String format, Lang lang, boolean includeText) {
}
